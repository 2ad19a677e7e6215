using System.Buffers;
using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>The lines that name a talk's speakers, in any community's words: <c>讲师：马景贺</c>,
/// <c>分享嘉宾：蒋文杰 / 爱奇艺科学家</c>, <c>**Speaker:** Jane Doe (Acme)</c>, <c>by Jane Doe</c>, and a speaker label
/// alone (<c>#### 分享嘉宾</c>) whose names follow on the next line.</summary>
internal static partial class SpeakerLine
{
    // The people words, and the labels of a line that names a talk's people without being a noun for them.
    // `**Full Name:**` is the speaker's on pages that paste each talk's proposal form (`**Topic:**`, `**Duration:**`).
    private static readonly string[] Labels = [.. SpeakerWords.People, "出品人", "导师", "presented by", "by", "host", "hosts", "speakername", "fullname"];

    // The first two characters of each label's key: a line that opens with anything else is no speaker line, and most
    // lines are rejected on those two characters instead of being cleaned and split.
    private static readonly HashSet<int> LabelOpenings = [.. Labels.Select(l => Pair(l[0], l[1]))];

    // Built once: literal sets of more than five characters, some not ASCII, were a new array and lookup per call.
    private static readonly SearchValues<char> BioLeadEnds = SearchValues.Create("，,、（(：:");
    // `黄盈樟 ~ 硬件极客`: a tilde parts a name from a role as a bar does.
    private static readonly SearchValues<char> AffiliationSeparators = SearchValues.Create("|｜/／，,~～");

    private static readonly string[] PeopleSeparators = ["、", "，", ",", "；", ";", "&", " and ", " 和 ", "/", "／"];

    // Built once: a character list given to Trim is a new array on every call.
    private static readonly char[] ItemMarks = ['-', '•', ' '];
    private static readonly char[] ListMarks = ['-', '*', ' '];
    private static readonly char[] AffiliationLeads = ['，', ',', '|', '｜', '/', '／', '：', ':', ' '];
    private static readonly char[] AffiliationEdges = [' ', '|', '｜', '~', '～'];
    private static readonly char[] ColonEdges = [' ', ':', '：'];
    private static readonly char[] LabelBrackets = ['「', '」', '【', '】', '[', ']'];

    /// <summary>Whether <paramref name="label"/> (a label's key) names speakers.</summary>
    public static bool IsLabel(string label)
    {
        var key = TextNormalizer.Key(label).Trim(LabelBrackets);
        return Array.IndexOf(Labels, key) >= 0;
    }

    /// <summary>A line that is a speaker label with names after it; <paramref name="labelOnly"/> when the names follow
    /// on the next line.</summary>
    /// <param name="speakers">Shared empty when nobody is named: layouts try every line of a page, and most name no one.</param>
    /// <param name="read">The page's readings of people, when the caller reads a page: the people are then read once.</param>
    public static bool TryRead(string text, out IReadOnlyList<Speaker> speakers, out bool labelOnly, PeopleReadings? read = null)
    {
        (speakers, labelOnly) = ([], false);
        // Most lines of a page are prose: only a short line can be a label alone, and only a line with a colon early
        // on or a `by` can name people, so the rest is rejected before any copy is made.
        var span = text.AsSpan().TrimStart(" -•* 　");
        var colon = span.IndexOfAny('：', ':');
        var shortLine = span.Length <= 24;
        var by = span.StartsWith("by ", StringComparison.OrdinalIgnoreCase);
        if ((!shortLine && !by && colon is < 0 or > 48) || !MayOpenWithLabel(span))
        {
            return false;
        }

        var clean = TextNormalizer.Clean(text.Replace("*", "", StringComparison.Ordinal)).Trim().TrimStart(ItemMarks);
        if (clean.Length == 0)
        {
            return false;
        }

        if (shortLine && IsLabel(clean.TrimEnd(Marks.Colons)))
        {
            labelOnly = true;
            return true;
        }

        if (colon >= 0 && Outline.LabelReader.TrySplit(clean, out var label, out var value) && IsLabel(label))
        {
            var people = read?.Of(value) ?? People(value);
            if (people.Count == 0 && HandleBeforeAffiliation(value) is { } handle)
            {
                people = [handle];
            }

            // The label vouches for the value as an agenda's speaker column does: `Vivekanandan KS` with initials.
            people = people.Count == 0 ? SpeakerCell.People(value) : people;

            (speakers, labelOnly) = (people, value.Length == 0);
            return people.Count > 0 || labelOnly;
        }

        if (clean.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || clean.StartsWith("主讲：", StringComparison.Ordinal))
        {
            var people = read?.Of(clean[3..]) ?? People(clean[3..]);
            speakers = people;
            return people.Count > 0;
        }

        return false;
    }

    // `Nadia Jiang 和 Anne Zhu ｜ Apache Answer PPMC 成员`: two or more people before a bar, where they all work after it.
    private static List<Speaker>? SharedAffiliation(string text)
    {
        var bar = text.AsSpan().IndexOfAny('｜', '|');
        if (bar <= 0 || text.AsSpan(0, bar).IndexOfAny(ListSeparators) < 0)
        {
            return null;
        }

        var names = Split(text[..bar]);
        var affiliation = text[(bar + 1)..].Trim();
        if (names.Count < 2 || affiliation.Length == 0 || !names.TrueForAll(NameRules.LooksLikeName))
        {
            return null;
        }

        return names.ConvertAll(n => new Speaker(n, [], affiliation));
    }

    // The words that list people, not PeopleSeparators: a slash or a semicolon before the bar parts a name from a role
    // (`Jane Doe / Acme ｜ …`), which is no list of people sharing one employer.
    private static readonly System.Buffers.SearchValues<string> ListSeparators =
        System.Buffers.SearchValues.Create([" 和 ", " and ", "、", " & ", "，", ", "], StringComparison.Ordinal);

    // `讲者：LinkinStar｜Go 语言后端开发工程师`: after a speaker label, one word before where they work is the person's
    // handle (a placeholder such as `TBD` is written in capitals).
    private static Speaker? HandleBeforeAffiliation(string value)
    {
        var cut = value.AsSpan().IndexOfAny("｜|，,");
        if (cut <= 0)
        {
            return null;
        }

        var head = value.AsSpan(0, cut).Trim();
        var affiliation = value[(cut + 1)..].Trim();
        return head.Length is >= 3 and <= 24 && char.IsAsciiLetter(head[0]) && head.ContainsAnyInRange('a', 'z')
            && !head.ContainsAnyExcept(HandleCharacters) && affiliation.Length > 0
            ? new Speaker(head.ToString(), [], affiliation)
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> HandleCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

    /// <summary>A speaker label whose value names nobody the parser reads as a person (<c>讲师：待定</c> aside, usually a
    /// spelling the name rules do not know): content authors should hear about it.</summary>
    public static bool IsUnreadable(string line, out string value, PeopleReadings? read = null)
    {
        value = "";
        // Only a colon among the first 17 characters can end a label: the rest of a long line is not searched.
        var colon = line.AsSpan(0, Math.Min(line.Length, 17)).IndexOfAny('：', ':');
        if (colon is < 1 or > 16 || !MayOpenWithLabel(line) || !Outline.LabelReader.TrySplit(line, out var label, out value) || !IsLabel(label) || value.Length == 0)
        {
            return false;
        }

        return (read?.Of(value) ?? People(value)).Count == 0 && !IsPlaceholder(value);
    }

    // The first two characters that cleaning, trimming and the label key keep (`- **「讲 师」**：` → 讲师, `👤 分享人：` → 分享,
    // as the label reader drops the mark), folded as the key folds them (full-width forms to ASCII, lower case).
    // Skipping more than they do only lets more lines through.
    private static bool MayOpenWithLabel(ReadOnlySpan<char> text)
    {
        var first = '\0';
        foreach (var ch in text[Outline.LeadingSymbols.Length(text, "-•*「【[")..])
        {
            if (char.IsWhiteSpace(ch) || ch is '*' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            // As the label's key has it (`主講者` too).
            var c = TextNormalizer.KeyChar(ch);
            if (first != '\0')
            {
                return LabelOpenings.Contains(Pair(first, c));
            }

            first = c;
        }

        return false;
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    internal static bool IsPlaceholder(string value) =>
        value.Contains("待定", StringComparison.Ordinal) || value.Contains("TBD", StringComparison.OrdinalIgnoreCase) || value.Contains("敬请期待", StringComparison.Ordinal);

    /// <summary>A speaker label with a value (<c>讲师：Apache Member，某中心技术专家…</c>); asked of a line
    /// <see cref="TryRead"/> read no one in, it is a speaker line the parser could not read.</summary>
    public static bool IsLabelWithValue(string line)
    {
        var colon = line.AsSpan().IndexOfAny('：', ':');
        return colon is > 0 and <= 48 && Outline.LabelReader.TrySplit(line, out var label, out var value) && value.Length > 0 && IsLabel(label);
    }

    /// <summary>The people a text names, when it names some and every one reads as a name; null otherwise.</summary>
    public static List<Speaker>? NamedPeople(string text) =>
        People(text) is [_, ..] people && people.TrueForAll(p => NameRules.LooksLikeName(p.Name)) ? people : null;

    /// <summary>People in one value: <c>张三、李四</c>, <c>Jane Doe &amp; John Roe</c>, each with an optional affiliation
    /// (<c>蒋文杰 / 爱奇艺科学家</c>, <c>Jane Doe (Acme)</c>, <c>张三，某公司</c>).</summary>
    public static List<Speaker> People(string value)
    {
        var people = new List<Speaker>();
        var text = PanelLine.WithoutHost(TextNormalizer.Clean(value).Trim());
        if (text.Length == 0)
        {
            return people;
        }

        if (SharedAffiliation(text) is { } shared)
        {
            return shared;
        }

        // `Name / Affiliation` is one person; `张三 / 李四` two.
        var parts = Split(text);
        var whole = One(text);
        if (whole is not null && (NameRules.LooksLikeName(whole.Name) || whole.Affiliation is null))
        {
            if (HanEmployerAfterComma(text, parts) is { } employee)
            {
                people.Add(employee);
                return people;
            }

            // `张三（某司）、李四（某司）`: each part a person, an affiliation in brackets allowed.
            if (parts.Count > 1 && EachListed(parts) is { } listed)
            {
                people.AddRange(listed);
                return people;
            }

            people.Add(whole);
            return people;
        }

        if (EmployerAfterComma(text, parts) is { } employed)
        {
            people.Add(employed);
            return people;
        }

        if (IsBio(text, parts))
        {
            // One person at most: the one the bio opens with, if it opens with a name (a bio alone names no one).
            if ((LatinNameBeforeRole(parts[0]) ?? One(parts[0])) is { } lead && NameRules.LooksLikeName(lead.Name) && !EndsWithRole(lead.Name))
            {
                people.Add(lead with { Affiliation = lead.Affiliation ?? parts[1] });
            }

            return people;
        }

        foreach (var part in parts)
        {
            // A value without separators is its one part: the whole was read as that part already.
            if ((parts.Count > 1 ? InList(part) : part == text ? whole : One(part)) is { } speaker)
            {
                people.Add(speaker);
            }
            else if (AfterAffiliation(part) is { } named)
            {
                people.Add(named);
            }
        }

        return people;
    }

    // `Nina Keller, Swisscom`, `Tom Bakker, ING`: a name and, after its one comma, one word that names nobody is where the
    // person works. (`Alice Smith, Bob Jones` names two people; `Jane Doe, Acme Corp` is read by the employer words.)
    private static Speaker? EmployerAfterComma(string text, List<string> parts)
    {
        if (!OneCommaBetween(text, parts, ','))
        {
            return null;
        }

        var employer = parts[1];
        return NameRules.LooksLikeName(parts[0]) && !employer.Contains(' ')
            && char.IsAsciiLetterUpper(employer[0]) && !NameRules.LooksLikeName(employer)
            ? new Speaker(parts[0], [], employer)
            : null;
    }

    // `Justin Mclean，Apache项目管理委员会主席，Apache Member，20余年软件开发经历，擅长IoT, Web 应用开发…`: a value that runs
    // on in clauses or sentences is a bio, whatever names of things (`Apache Camel`, `SOA`) it goes on to list.
    private static bool IsBio(string text, List<string> parts) =>
        parts.Count > 2 && text.Length > 60 && (text.Contains('。') || parts.Skip(1).Any(p => p.Length > 20));

    // `Jean-Baptiste Onofré Apache Member`: a name of two or three words, then where they hold what role.
    private static Speaker? LatinNameBeforeRole(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 2; n <= 3 && n < words.Length; n++)
        {
            var name = string.Join(' ', words[..n]);
            if (NameRules.LooksLikeName(name) && RoleSuffixes.IsOne(words[^1]))
            {
                return new Speaker(name, [], string.Join(' ', words[n..]));
            }
        }

        return null;
    }

    // `Apache Member`: a role, not a person.
    private static bool EndsWithRole(string name) => name.LastIndexOf(' ') is var space && RoleSuffixes.IsOne(name.AsSpan(space + 1));

    // `金城，小米`, `金城，知乎`: a surnamed Chinese name, then a Han word that opens with no surname, is where the person
    // works (`金城，李想` names two people).
    private static Speaker? HanEmployerAfterComma(string text, List<string> parts)
    {
        if (!OneCommaBetween(text, parts, '，'))
        {
            return null;
        }

        var employer = parts[1];
        return NameRules.IsSurnamedChineseName(parts[0])
            && employer.Length is >= 2 and <= 8 && employer.All(NameRules.IsHan) && !ChineseSurnames.StartsWithOne(employer)
            ? new Speaker(parts[0], [], employer)
            : null;
    }

    private static bool OneCommaBetween(string text, List<string> parts, char comma) =>
        parts.Count == 2 && text.IndexOf(comma) is var at and > 0 && text.IndexOf(comma, at + 1) < 0 && text.AsSpan(0, at).Trim().SequenceEqual(parts[0]);

    // Each part read once, or null when one is not a listed person.
    private static List<Speaker>? EachListed(List<string> parts)
    {
        var listed = new List<Speaker>(parts.Count);
        foreach (var part in parts)
        {
            if (InList(part) is not { } s || !(NameRules.LooksLikeName(s.Name) || NameRules.IsGroup(s.Name))
                || !(s.Affiliation is null || part.TrimEnd().EndsWith('）') || part.TrimEnd().EndsWith(')')))
            {
                return null;
            }

            listed.Add(s);
        }

        return listed;
    }

    // `示例 SIG 小组，张三，李四`: a group named among people speaks as a whole, its last word is not a name. (A group
    // alone is a byline, not a presenter, and keeps the reading it always had.)
    private static Speaker? InList(string part) => NameRules.IsGroup(part) ? new Speaker(part, []) : One(part);

    // `腾讯云 郭庆`, `美团: 吴浩麟`: the affiliation first, the name last.
    private static Speaker? AfterAffiliation(string part)
    {
        var t = SpeakerNotation.Tidy(part);
        var at = t.AsSpan().LastIndexOfAny(' ', ':', '：');
        if (at <= 0 || at + 1 >= t.Length)
        {
            return null;
        }

        var name = t[(at + 1)..].Trim();
        return NameRules.LooksLikeName(name) ? new Speaker(name, [], t[..at].Trim(ColonEdges)) : null;
    }

    /// <summary>The person a bio opens with: <c>**毕强**，Web 全栈工程师…</c>, <c>Markku is a Cloud Solutions Architect…</c>.</summary>
    public static Speaker? FromBio(string text)
    {
        var t = SpeakerNotation.Tidy(text);
        if (SpeakerNotation.Parse(t) is { } parsed && NameRules.LooksLikeName(parsed.Name))
        {
            return parsed with { Bio = t };
        }

        var end = t.AsSpan().IndexOfAny(BioLeadEnds);
        var verb = t.IndexOf(" is ", StringComparison.Ordinal);
        end = verb > 0 && (end < 0 || verb < end) ? verb : end;
        var lead = (end < 0 ? t : t[..end]).Trim();
        if (lead.Length is >= 2 and <= 24 && (NameRules.LooksLikeName(lead) || LooksLikeHandle(lead)))
        {
            return new Speaker(lead, [], null, t);
        }

        // `某科技公司运维工程师，KubeSphere Contributor 许娟`: the roles first and the name last, where a sentence would
        // end; a Chinese name only, so that an English bio's last word is not taken for a person.
        return !t.EndsWith('。') && AfterAffiliation(t) is { } last && NameRules.IsChineseName(last.Name) ? last with { Bio = t } : null;
    }

    /// <summary>A line that opens with a Chinese name, alone or followed by its romanisation and then a separator:
    /// <c>吴知行</c>, <c>吴知行 Zhixing Wu. 某司工程师</c>, <c>高远山，某司 SRE</c>; null for anything else (<c>张三是…</c>
    /// runs the name into a sentence). Read only right under a talk's title, where a person is expected.</summary>
    /// <param name="affiliationAfterSpace">Under an agenda slot a surnamed name and a space may open the affiliation
    /// (<c>张鑫 某项目 PMC 成员</c>); elsewhere the words after a space may be a sentence about the person.</param>
    public static Speaker? OpensWithChineseName(string text, bool affiliationAfterSpace = false)
    {
        var t = SpeakerNotation.Tidy(text.TrimStart(ListMarks));
        var end = 0;
        while (end < t.Length && Speakers.NameRules.IsHan(t[end]))
        {
            end++;
        }

        if (!Speakers.NameRules.IsChineseName(t[..end]))
        {
            return null;
        }

        var name = t[..end];
        var rest = t[end..];
        if (rest.Length == 0)
        {
            return new Speaker(name, []);
        }

        // `陈青：某社区专家`: under a title a colon after a surnamed name of two or three characters ends it as a comma
        // does; after a label noun (`任务领取：`, `往期：`, `布展人：`, `组织名：`) it opens a value.
        if (rest[0] is '：' or ':' && (name.Length > 3 || !Speakers.ChineseSurnames.StartsWithOne(name) || name[^1] is '人' or '名' or '者' or '方' or '期'))
        {
            return null;
        }

        if (rest[0] is '，' or ',' or '|' or '｜' or '/' or '／' or '：' or ':')
        {
            if (OpensSentence(name, rest[0]))
            {
                return null;
            }

            return new Speaker(name, [], rest.TrimStart(AffiliationLeads) is { Length: > 0 } after ? after : null);
        }

        // `吴知行 Zhixing Wu. 某司…`: the romanised name up to the first stop or comma.
        var stop = rest.AsSpan().IndexOfAny(".，,");
        var romanised = (stop < 0 ? rest : rest[..stop]).Trim();
        if (rest[0] != ' ' || !Speakers.NameRules.LooksLikeName(romanised) || Speakers.NameRules.IsChineseName(romanised))
        {
            return rest[0] == ' ' && affiliationAfterSpace && Speakers.ChineseSurnames.StartsWithOne(name) && !rest.TrimEnd().EndsWith('。')
                ? new Speaker(name, [], rest.Trim())
                : null;
        }

        var affiliation = stop < 0 ? "" : rest[(stop + 1)..].Trim();
        return new Speaker(name, [romanised], affiliation.Length > 0 ? affiliation : null);
    }

    /// <summary>The person opening the line right under an agenda slot's title: a Chinese name as
    /// <see cref="OpensWithChineseName"/> reads it there, or another name with its affiliation after a separator
    /// (<c>Jane Doe, Acme</c>); null for anything else.</summary>
    public static Speaker? UnderSlot(string line) =>
        OpensWithChineseName(line, affiliationAfterSpace: true)
        ?? (NameAndAffiliation(line) is { Affiliation: not null } other && !NameRules.IsChineseName(other.Name) ? other : null);

    // `Raspberry Pi, Linux, Mac, LLVM, a real deep dive`: a list of single words after a name-like one is an enumeration;
    // a person's line goes on with roles and employers of several words (`Jane Doe, Systems Engineer, Example Corp`).
    internal static bool IsEnumeration(string text)
    {
        var parts = text.Split(", ", 4);
        return parts.Length == 4 && !parts[1].Contains(' ') && !parts[2].Contains(' ');
    }

    /// <summary>A line that is a name and an affiliation with a separator between them: <c>彭雪梅 | 创业者 | 全栈工程师</c>,
    /// <c>张三 / 某公司</c>, <c>Jane Doe, Acme</c>; null for anything else.</summary>
    public static Speaker? NameAndAffiliation(string text)
    {
        // A long line is a name with a long affiliation only when it reads as no sentence (`Jane Doe, Professional
        // teacher of the Department of …, Example University`): no full stop inside it or at its end.
        var t = SpeakerNotation.Tidy(text);
        if (t.Length > 160 || (t.Length > 80 && (t[^1] is '.' or '。' || t.Contains(". ", StringComparison.Ordinal))) || IsEnumeration(t))
        {
            return null;
        }

        var at = t.AsSpan().IndexOfAny(AffiliationSeparators);
        if (at <= 0)
        {
            return null;
        }

        // `greatghoul，DeepDevelop高级工程师`: a one-word handle is a person when a role follows it.
        var name = t[..at].Trim();
        var named = NameRules.LooksLikeName(name);
        if ((!named && !ListTalksLayout.IsHandle(name)) || OpensSentence(name, t[at]))
        {
            return null;
        }

        var rest = t[(at + 1)..].Trim(AffiliationEdges);
        return named || RoleSuffixes.LastEnd(rest) >= 0 ? new Speaker(name, [], rest is { Length: > 0 } ? rest : null) : null;
    }

    // `Tyler Hobbs is an engineer at DataStax`, `Adam Keys is a software developer who …`: a bio that opens with the
    // person and what they do for a living.
    [GeneratedRegex(
        @"^(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s(?:is|has been|works as)\s(?:currently\s)?(?:a|an|the|one\sof\sthe)\s(?:[\w-]+\s){0,4}?" +
        @"(?:engineer|developer|architect|founder|co-founder|cofounder|scientist|consultant|advocate|maintainer|programmer|researcher|professor|designer|evangelist|lead|manager|director|CTO|CEO)s?\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BioOpening();

    /// <summary>The person a bio opens with when it goes on to say what they do (<c>Tyler Hobbs is an engineer at …</c>).</summary>
    public static Speaker? OpensBio(string line) =>
        line.Length > 12 && char.IsAsciiLetterUpper(line[0]) && BioOpening().Match(line) is { Success: true } m && NameRules.LooksLikeName(m.Groups["name"].Value)
            ? new Speaker(m.Groups["name"].Value, [])
            : null;

    private static readonly string[] Dashes = [" - ", " – ", " — "];

    [GeneratedRegex(@"\s*\((?:https?://|www\.)[^)\s]*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketedUrl();

    /// <summary>A person, a dash, then where they work (<c>Jane Doe - Acme Analytics LLC</c>): what a bold line under a
    /// talk's title writes; elsewhere the dash as often opens the title.</summary>
    public static Speaker? NameDashAffiliation(string text)
    {
        // `Jane Doe (https://twitter.com/jane) - CEO, Acme (https://acme.example/)`: the bare links say who, not what.
        var t = SpeakerNotation.Tidy(BracketedUrl().Replace(text, ""));
        foreach (var dash in Dashes)
        {
            var at = t.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && t[..at].Trim() is var name && NameRules.LooksLikeName(name) && t[(at + dash.Length)..].Trim() is { Length: >= 2 and <= 80 } rest
                && rest[^1] is not ('.' or '。') && !NameRules.LooksLikeName(rest))
            {
                return new Speaker(name, [], rest);
            }
        }

        return null;
    }

    // A Chinese word before a comma names a person only when it opens with a surname: `近期，某云在杭州举办了…` opens a
    // sentence, where a bar or a slash (`昝青/某司/工程师`) only ever separates a person's parts.
    private static bool OpensSentence(string word, char separator) =>
        separator is '，' or ',' && NameRules.IsChineseName(word) && !Speakers.ChineseSurnames.StartsWithOne(word);

    // `Chris Lee（CTO, Cloud, Example Foundation）、张潇（某司）`: a separator inside a person's brackets is part of their
    // affiliation.
    private static void SplitOutsideBrackets(string part, string separator, List<string> into)
    {
        var depth = 0;
        var from = 0;
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            depth += c is '（' or '(' ? 1 : c is '）' or ')' && depth > 0 ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(part, i, separator, 0, separator.Length) == 0)
            {
                AddTrimmed(part[from..i], into);
                from = i + separator.Length;
                i = from - 1;
            }
        }

        AddTrimmed(part[from..], into);

        static void AddTrimmed(string piece, List<string> into)
        {
            if (piece.Trim() is { Length: > 0 } trimmed)
            {
                into.Add(trimmed);
            }
        }
    }

    // `杨文/John/...`: a trailing `...` (and others) is no one.
    private static List<string> Split(string text)
    {
        // Most values name one person: without any separator the passes below would only trim the text.
        if (!HasSeparator(text))
        {
            var whole = text.Trim();
            return HasLetterOrDigit(whole) ? [whole] : [];
        }

        // After the first pass every part is trimmed and not empty: a separator no part holds would leave them as
        // they are, so its pass is skipped. (The passes stay in order: ` and ` is found only where `,` left it.)
        var first = text.Trim();
        var parts = first.Length > 0 ? new List<string> { first } : [];
        var next = new List<string>();
        foreach (var separator in PeopleSeparators)
        {
            if (!AnyHolds(parts, separator))
            {
                continue;
            }

            foreach (var part in parts)
            {
                // Most parts hold no separator: trimming them is all Split would do, without its array.
                if (part.Contains(separator, StringComparison.Ordinal))
                {
                    SplitOutsideBrackets(part, separator, next);
                }
                else if (part.Trim() is { Length: > 0 } trimmed)
                {
                    next.Add(trimmed);
                }
            }

            (parts, next) = (next, parts);
            next.Clear();
        }

        parts.RemoveAll(p => !HasLetterOrDigit(p));
        return parts;
    }


    private static bool AnyHolds(List<string> parts, string separator)
    {
        foreach (var part in parts)
        {
            if (part.Contains(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSeparator(string text)
    {
        foreach (var separator in PeopleSeparators)
        {
            if (text.Contains(separator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One person: the name, then an affiliation after <c>/</c>, <c>，</c>, <c>(</c> or a space.</summary>
    public static Speaker? One(string text)
    {
        var t = SpeakerNotation.Tidy(text);
        if (t.Length == 0)
        {
            return null;
        }

        // `美团: 吴浩麟`: names carry no colon, so what follows one is the name.
        if (t.AsSpan().IndexOfAny('：', ':') > 0 && AfterAffiliation(t) is { } afterColon)
        {
            return afterColon;
        }

        if (AffiliationThenName(t) is { } named)
        {
            return named;
        }

        var slash = t.AsSpan().IndexOfAny("/／|｜");
        if (slash > 0)
        {
            var name = t[..slash].Trim();
            var rest = t[(slash + 1)..].Trim();
            if (SpeakerNotation.Parse(name) is { } before)
            {
                return before with { Affiliation = before.Affiliation ?? (rest.Length > 0 ? rest : null) };
            }
        }

        var open = t.AsSpan().IndexOfAny('(', '（');
        if (open > 1 && NameRules.LooksLikeName(t[..open].Trim()))
        {
            var after = t.AsSpan(open).IndexOfAny(")）");
            var close = after < 0 ? -1 : open + after;
            var inner = t[(open + 1)..(close > open ? close : t.Length)].Trim();
            if (!NameRules.IsChineseName(inner))
            {
                return new Speaker(t[..open].Trim(), [], inner.Length > 0 ? inner : null);
            }
        }

        return SpeakerNotation.Parse(t) ?? LatinNameThenHan(t) ?? (LooksLikeHandle(t) ? new Speaker(t, []) : null);
    }

    // `Jan Kleprlik 软件工程师`: a name in Latin letters, a space, then Chinese words, which are what the person does.
    private static Speaker? LatinNameThenHan(string t)
    {
        var han = t.AsSpan().IndexOfAnyInRange('\u4e00', '\u9fff');
        if (han < 3 || t[han - 1] != ' ')
        {
            return null;
        }

        var name = t[..han].TrimEnd();
        return name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '.' or '\'') && name.Contains(' ') && NameRules.LooksLikeName(name)
            ? new Speaker(name, [], t[han..].Trim())
            : null;
    }

    // `某某科技 唐某`: two bare Chinese words either way round; only one begins with a surname, and that one is the person.
    private static Speaker? AffiliationThenName(string t)
    {
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words is [var first, var second] && NameRules.IsChineseName(second) && first.All(NameRules.IsHan) && first.Length is >= 2 and <= 8
            && ChineseSurnames.StartsWithOne(second) && !ChineseSurnames.StartsWithOne(first)
            ? new Speaker(second, [], first)
            : null;
    }

    /// <summary>A single-word name or handle (<c>Ethen</c>, <c>TechQuery</c>, <c>daixiang0</c>): only a speaker where a
    /// label (or an <c>@</c>) says so. A role word (<c>Jane Doe, Maintainer</c>) is the affiliation of the name before it.</summary>
    internal static bool LooksLikeHandle(string t) =>
        t.Length is >= 2 and <= 32 && t.Any(char.IsAsciiLetter) && t.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !NameRules.IsRoleWord(t);
}
