using System.Buffers;
using System.Collections.Frozen;

namespace Bot.Core.Recaps.Speakers;

/// <summary>Whether a token is plausibly a person's name (a 2–4 character Chinese name or 花名, or a short
/// capitalised Latin name), and whether a line is about a host rather than a speaker.</summary>
internal static class NameRules
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] NameDots = ['·', '・', '•'];

    // Words that appear in affiliations and labels, never in the short names of this community.
    private static readonly string[] NotInNames =
    [
        "蚂蚁", "集团", "金服", "公司", "专家", "工程", "负责", "团队", "主持", "嘉宾", "讲师", "成员", "社区", "开源",
        "技术", "总监", "架构", "研发", "创始", "维护", "核心", "大学", "项目", "简介", "介绍", "议题", "收获", "收益",
        "时间", "地点", "环节", "签到", "茶歇", "午休", "休息", "互动", "交流", "欢迎", "分享", "活动", "直播", "议程",
        "资料", "下载", "回顾", "大纲", "本期", "阿里", "腾讯", "英特尔", "经理", "工程师", "致辞", "庆祝", "开场", "暖场",
        // Company words of any community (`钱某 / 某某科技`, `陆某（某某智能）`): an affiliation, never a person or a 花名.
        "科技", "数据", "网络", "软件", "信息", "智能", "实验室", "研究院", "银行", "股份", "有限", "电子", "通信", "基金会",
        "物流", "电商", "证券", "保险", "金融", "控股", "传媒", "电信", "联通", "汽车",
        // The employers speakers most often name in brackets (`孙某（京东物流）`), never part of a person's name.
        "华为", "字节", "百度", "京东", "美团", "滴滴", "快手", "网易", "携程", "微软", "谷歌", "亚马逊", "小红书", "拼多多", "哔哩", "中兴", "新浪", "搜狐", "爱奇艺", "顺丰",
        // The parts of a programme (`第一天：…`, `下午：…`): a day or a half of one, not a person.
        "第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十", "上午", "下午", "晚上", "一天", "两天",
        // The words of a page's fact labels (`会议日期/时间：`, `会议地址：`), which read like `Name/Role：` otherwise.
        "日期", "会议", "地址", "主题", "链接",
        // The labels of a contact or sign-up list (`- 姓名：吴伟`, `- 邮箱：…`, `- 注意：…`).
        "姓名", "邮箱", "电话", "微信", "备注", "注意", "联系", "说明", "费用", "人数", "要求",
        // The roles of a bio that names no employer (`Linux 玩家`, `FP 爱好者`, `在读学生`).
        "玩家", "爱好者", "学生",
    ];

    // A name has at most four characters, so "contains one of these words" is asked as "is one of its two- or
    // three-character pieces in this set": a few lookups instead of dozens of substring searches per token.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotInNamesSet =
        NotInNames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int ShortestNotInName = NotInNames.Min(w => w.Length);
    private static readonly int LongestNotInName = NotInNames.Max(w => w.Length);

    // Sentence openers of bios, which would otherwise pass for two-character names.
    private static readonly string[] NotNames =
    [
        "目前", "曾经", "现任", "主要", "毕业", "任职", "从事", "专注", "先后", "我们", "他们", "本次", "通过", "了解", "随着",
        "如何", "作为", "拥有", "长期", "多年", "热爱", "近年", "参与", "加入", "其中", "同时", "以及", "这次", "这些", "此外",
        "另外", "本场", "现场", "基于", "关注", "致力", "擅长", "曾任", "现为", "就职", "来自", "毕业于", "日期", "主题", "嘉宾", "地址", "更多", "点击", "报名", "方式", "形式", "简介", "未来",
        // A placeholder where the speaker is not known yet (`讲师：待定`).
        "待定", "未定", "暂定", "待公布",
    ];

    private static readonly FrozenSet<string> NotNamesSet = NotNames.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] LatinRoles =
    [
        "Maintainer", "Committer", "Contributor", "Member", "Engineer", "Architect", "Director", "Lead", "Team",
        "Community", "Open", "Source", "Group", "Opening", "Lunch", "Time", "Speech", "Founder", "Manager",
        // Employers: `Jane Doe, Acme Corp` names one person and where she works, not two people.
        "Corp", "Corporation", "Inc", "Ltd", "Limited", "Labs", "Lab", "Technologies", "Technology", "Tech", "Systems",
        "Software", "Solutions", "Cloud", "University", "Foundation", "Institute", "Company", "Networks", "Bank",
        "Consulting", "Services", "Digital", "Security", "Studio", "Studios", "Partners", "Media", "Analytics", "Research",
        "Academy", "College", "Association", "Alliance", "Computing", "Platform", "Data", "Google", "Microsoft", "Amazon",
        "Alibaba", "Tencent", "Huawei", "Baidu", "ByteDance", "Oracle", "Intel",
        // What an event's programme names (`Writing Day (Sunday Daytime) - Get together…`): the event, not a person.
        "Day", "Night", "Party", "Reception", "Conference", "Meetup", "Workshop", "Hackathon", "Summit", "Keynote", "Panel",
        "Session", "Event",
        // Technologies a topic heading opens with (`Bitcoin Block Templates - AntPool Proxy Pools`): no one's name.
        "Bitcoin", "Blockchain", "Ethereum", "Kubernetes", "Docker", "Python", "Linux", "Golang", "Android", "Wallet", "Protocol",
        "Templates", "Release", "Update", "Updates", "News",
    ];

    // Only the Latin marker needs a case-insensitive search; the CJK ones take the vectorised ordinal one.
    private static readonly string[] HostMarkers = ["主持人", "小助手", "导师"];

    /// <summary>A first name alone, as a talk's own field (<c>author: Mike</c>) or a <c>by</c> after a quoted title
    /// (<c>by Jeppe and Rasmus</c>) gives it: one capitalised word of letters, up to <paramref name="longest"/> of them.</summary>
    public static bool IsFirstName(string word, int longest) =>
        word.Length >= 2 && word.Length <= longest && char.IsUpper(word[0]) && word.All(char.IsLetter);

    public static bool LooksLikeName(string token)
    {
        if (token.Length is < 2 or > 24)
        {
            return false;
        }

        return IsChineseName(token) || IsLatinName(token) || IsTransliteratedName(token) || IsHanWithLatinName(token);
    }

    // `吳怡穎Win`, `立堯Liyao Chen`: a Chinese name with the English one its owner goes by written straight after it.
    private static bool IsHanWithLatinName(string token)
    {
        var han = 0;
        while (han < token.Length && IsHan(token[han]))
        {
            han++;
        }

        if (han is < 2 or > 4 || han == token.Length || !char.IsAsciiLetterUpper(token[han]))
        {
            return false;
        }

        // A given name alone beside a full English name (`立堯Liyao Chen`); a first name alone only after a full Chinese one.
        var (chinese, latin) = (token[..han], token[han..]);
        return IsLatinName(latin) ? IsChineseName(chinese) : IsFirstName(latin, longest: 12) && IsSurnamedChineseName(chinese);
    }

    // `汤姆·李`, `买买提·艾力`: a name written in Han by its sound, its parts joined by a middle dot.
    private static bool IsTransliteratedName(string token)
    {
        var dot = token.AsSpan().IndexOfAny('·', '・', '•');
        if (dot <= 0 || token.Length > 16)
        {
            return false;
        }

        var parts = token.Split(NameDots);
        return parts.Length <= 3 && Array.TrueForAll(parts, p => p.Length is >= 1 and <= 8 && p.All(IsHan) && !HoldsWordNotInNames(p))
            && parts.Max(p => p.Length) >= 2;
    }

    /// <summary>A Chinese name that opens with a common surname (<c>胡正策</c>): told from a Han word that only looks like
    /// a name (<c>如何通过</c>, <c>圆桌讨论</c>) where the text around it proves nothing.</summary>
    public static bool IsSurnamedChineseName(string token) => IsChineseName(token) && ChineseSurnames.StartsWithOne(token);

    public static bool IsChineseName(string token)
    {
        if (token.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        // `簡介` is `简介`: the word lists are written in simplified characters.
        token = Text.HanVariants.Simplify(token);
        return !NotNamesSet.Contains(token) && !HoldsWordNotInNames(token);
    }

    private static bool HoldsWordNotInNames(ReadOnlySpan<char> token)
    {
        for (var length = ShortestNotInName; length <= Math.Min(LongestNotInName, token.Length); length++)
        {
            for (var start = 0; start + length <= token.Length; start++)
            {
                if (NotInNamesSet.Contains(token.Slice(start, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Built once: a literal set of eleven characters, some not ASCII, built its lookup on every call.
    private static readonly SearchValues<char> GroupBreakers = SearchValues.Create("/／|｜(（:：,，、");

    private static readonly string[] GroupWords = ["小组", "团队", "兴趣小组", " SIG", " Team", " Group"];

    /// <summary>A group's name (<c>示例 SIG 小组</c>, <c>Docs Team</c>): short, one piece (no separator), ending in a
    /// group word.</summary>
    public static bool IsGroup(string text) =>
        text.Length is > 2 and <= 24 && text.AsSpan().IndexOfAny(GroupBreakers) < 0
        && Array.Exists(GroupWords, w => text.EndsWith(w, StringComparison.Ordinal) && text.Length > w.Length);

    /// <summary>A role or team word alone (<c>Maintainer</c>, <c>Team</c>): an affiliation, never a one-word name.</summary>
    public static bool IsRoleWord(string word)
    {
        foreach (var role in LatinRoles)
        {
            // The plural compared in two halves: a concatenated `role + "s"` was a new string per role per word.
            if (word.Equals(role, StringComparison.OrdinalIgnoreCase)
                || (word.Length == role.Length + 1 && word.AsSpan(0, role.Length).Equals(role, StringComparison.OrdinalIgnoreCase)
                    && word.AsSpan(role.Length).Equals("s", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // The nouns an English job title ends in, before its employer (`Senior Principal Solution Architect, Acme`).
    private static readonly HashSet<string> JobNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "Architect", "Engineer", "Developer", "Advocate", "Evangelist", "Manager", "Director", "Lead", "Founder", "Co-founder",
        "CEO", "CTO", "CIO", "VP", "President", "Scientist", "Researcher", "Consultant", "Maintainer", "Committer", "Analyst",
        "Designer", "Professor", "Specialist", "Officer", "Owner", "GTM",
    };

    /// <summary>A job title in English, with or without its employer after a comma or <c>at</c> (<c>Principal Solution Architect,
    /// Acme</c>, <c>Engineer at Acme</c>, <c>Head of Analytics Sales for US East</c>): what a person does, never a talk's title.</summary>
    public static bool IsJobTitle(string text)
    {
        var role = text.AsSpan().Trim();
        var comma = role.IndexOf(',');
        role = (comma > 0 ? role[..comma] : role).TrimEnd();
        // `Software Engineer at Example Corp`, `Developer Advocate @ Example`: the employer after `at` or `@`.
        var at = role.IndexOf(" at ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = role.IndexOf(" @ ", StringComparison.Ordinal);
        }

        role = at > 0 ? role[..at] : role;
        if (role.Length is 0 or > 60 || role.IndexOfAnyInRange('\u3400', '\u9FFF') >= 0)
        {
            return false;
        }

        var lastSpace = role.LastIndexOf(' ');
        return role.StartsWith("Head of ", StringComparison.OrdinalIgnoreCase) || JobNouns.Contains(role[(lastSpace + 1)..].ToString());
    }

    public static bool IsHost(string line)
    {
        foreach (var marker in HostMarkers)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return line.Contains("SOFAGirl", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsLatinName(string token)
    {
        // Its first word opens with a capital Latin letter: most tokens asked about are Chinese, and are told without
        // splitting them into words.
        var first = token.AsSpan().TrimStart(' ');
        if (first.IsEmpty || !IsLatinLetter(first[0]) || !char.IsUpper(first[0]))
        {
            return false;
        }

        var words = token.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || (words.Length == 4 && Array.IndexOf(Particles, words[1]) < 0))
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            // `Femke de Graaf`, `Ludwig van der Berg`: a lower-case particle between the first name and the last.
            // `John F. Kennedy`, `Abhishek k. Goel`: a middle initial.
            if (w > 0 && w < words.Length - 1 && (Array.IndexOf(Particles, word) >= 0 || (word.Length == 2 && IsLatinLetter(word[0]) && word[1] == '.')))
            {
                continue;
            }

            // `Who's Hiring`, `Let's Talk`: a word with `'s` on it is a contraction or a possessive, in no one's name.
            if (word.Length < 2 || !IsLatinLetter(word[0]) || !char.IsUpper(word[0]) || Array.IndexOf(LatinRoles, word) >= 0
                || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                return false;
            }

            // Lower-case letters, accented ones included (`Lucía`, `Inês`, `Jürgen`); a capital only after a hyphen or an
            // apostrophe (`Jean-Luc`, `O'Neil`), or once between lower-case letters (`McDonnell`, `MaryLena`, `DiXing`)
            // in a word that is no product's name (`PowerShell`, `GitHub`).
            var inner = 0;
            for (var i = 1; i < word.Length; i++)
            {
                var c = word[i];
                var joined = word[i - 1] is '-' or '\'' or '\u2019';
                if (IsLatinLetter(c) && char.IsUpper(c) && !joined && char.IsLower(word[i - 1]) && i + 1 < word.Length && char.IsLower(word[i + 1]))
                {
                    inner++;
                    continue;
                }

                if (!(IsLatinLetter(c) && (char.IsLower(c) || (joined && char.IsUpper(c)))) && c is not ('-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }

            if (inner > 1 || (inner == 1 && CamelCaseProducts.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }

    // Products and projects written in one camel-case word, the shape a surname such as `McDonnell` also has.
    private static readonly HashSet<string> CamelCaseProducts = new(StringComparer.OrdinalIgnoreCase)
    {
        "JavaScript", "TypeScript", "CoffeeScript", "PowerShell", "GitHub", "GitLab", "GitOps", "DevOps", "FinOps", "YouTube",
        "LinkedIn", "WordPress", "OpenStack", "OpenShift", "OpenTelemetry", "WebAssembly", "CloudFlare", "DigitalOcean",
        "PyTorch", "TensorFlow", "NumPy", "SciPy", "PyCon", "PyData", "KubeCon", "RubyConf", "ClickHouse", "ElasticSearch",
        "HashiCorp", "MicroPython", "CircuitPython", "FastApi", "NodeJs", "VueJs", "ReactJs", "NextJs", "DataFrame",
        "BigQuery", "RedHat", "SpringBoot", "IntelliJ", "NetBeans", "DockerHub", "MacBook", "PlayStation", "SoundCloud",
        "WeChat", "TikTok", "ChatGpt", "OpenAi", "DeepSeek", "LibreOffice", "FreeCodeCamp", "StackOverflow", "MeetUp",
    };

    private static readonly string[] Particles = ["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "dos", "das", "del", "bin", "al", "ter", "ten", "te", "des", "zu", "vom"];

    // Basic Latin and Latin-1/Extended-A/B letters: the alphabets of the names on Latin-script pages.
    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
}
