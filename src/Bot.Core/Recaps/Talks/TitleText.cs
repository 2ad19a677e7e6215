using System.Buffers;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>Talk titles as pages write them: in <c>《》</c> (sometimes closed by <c>&gt;</c>), after a <c>| 二、</c>
/// heading prefix, followed by <c>下载链接</c>.</summary>
internal static class TitleText
{
    private static readonly char[] HeadingBar = ['|', ' ', '•'];

    /// <summary>Heading text without the decorative leading <c>|</c> and spaces.</summary>
    public static string HeadingCore(string heading) => TextNormalizer.Clean(heading).TrimStart(HeadingBar).Trim();

    /// <summary>The title inside the first <c>《…》</c> (or <c>《…&gt;</c>), or null when the text has none.</summary>
    public static string? Bracketed(string text)
    {
        var open = text.IndexOf('《');
        if (open < 0)
        {
            return null;
        }

        var close = text.IndexOf('》', open + 1);
        if (close < 0)
        {
            close = text.IndexOf('>', open + 1);
        }

        if (close < 0)
        {
            return null;
        }

        var inner = Display(text[(open + 1)..close]);
        return inner.Length == 0 ? null : inner;
    }

    /// <summary>The title of a text that opens with <c>《…》</c> (<c>《title》 by name</c>), or null.</summary>
    public static string? LeadingBracketed(string text) => text.AsSpan().TrimStart().StartsWith('《') ? Bracketed(text) : null;

    private static readonly (char Open, char Close)[] Quotes = [('《', '》'), ('"', '"'), ('“', '”'), ('「', '」'), ('『', '』')];

    /// <summary>A text that opens with a title in <c>《》</c> or quotes (<c>"…"</c>, <c>“…”</c>, <c>「…」</c>): the title
    /// and what follows it.</summary>
    public static bool TryOpeningQuote(string text, out string title, out string after)
    {
        (title, after) = ("", "");
        var t = text.AsSpan().TrimStart();
        foreach (var (open, close) in Quotes)
        {
            if (t.Length > 2 && t[0] == open && t[1..].IndexOf(close) is > 0 and var end)
            {
                title = Display(t.Slice(1, end).ToString());
                after = t[(end + 2)..].ToString();
                return title.Length > 0;
            }
        }

        return false;
    }

    /// <summary>Text after the first bracketed title, or empty.</summary>
    public static string AfterBracket(string text)
    {
        var open = text.IndexOf('《');
        var close = open < 0 ? -1 : text.IndexOf('》', open + 1);
        return close < 0 ? string.Empty : text[(close + 1)..].Trim();
    }

    /// <summary>A link text or heading turned into a title: <c>《》</c> and <c>下载链接</c> removed, numbering dropped.</summary>
    public static string Unwrap(string text)
    {
        var core = HeadingCore(text);
        var comma = core.IndexOf('、');
        if (comma is > 0 and <= 3 && IsChineseNumber(core.AsSpan(0, comma)))
        {
            core = core[(comma + 1)..];
        }

        core = WithoutTalkNumber(core);
        if (LeadingBracketed(core) is { } bracketed)
        {
            return bracketed;
        }

        if (core.EndsWith("下载链接", StringComparison.Ordinal))
        {
            core = core[..^4];
        }

        return Display(core);
    }

    /// <summary>The text without the emoji and list decoration pages put before a title (<c>📚 </c>, <c>🛠️</c>, <c>- </c>).</summary>
    public static string WithoutLeadingSymbols(string text) => Outline.LeadingSymbols.Strip(TextNormalizer.Clean(text).Trim(), "-*");

    /// <summary>Display form: U+00A0 and runs of spaces normalised, ends trimmed.</summary>
    public static string Display(string text) => TextNormalizer.Clean(text).Trim();

    private static readonly string[] NumberedWords = ["分享", "议题", "主题", "演讲", "话题", "议程", "Talk", "Session", "Agenda"];

    // `分享一：title`, `议题 2：title`, `Talk 1: title`, `Session #2 – title`: the page numbering its talks.
    internal static string WithoutTalkNumber(string text) => WithoutLead(text, NumberedWords, numbered: true, minimumRest: 3, "：:-–—|｜");

    // The kind of session a programme writes before a title: a label of the slot, not words of the talk's title.
    private static readonly string[] SessionKinds =
    [
        "Keynote", "Lightning Talk", "Opening Keynote", "Closing Keynote", "主题演讲", "主旨演讲", "开场演讲", "闪电演讲", "专场分享",
        "特邀演讲", "特邀分享", "开场分享", "主会场演讲", "闪电分享", "闪电", "快速演讲", "快速分享", "Demo", "Live demo", "演示",
    ];

    /// <summary>Whether a word alone names a kind of session (<c>Keynote</c>, <c>闪电</c>), not a person.</summary>
    internal static bool IsSessionKind(string word) => Array.Exists(SessionKinds, kind => kind.Equals(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>A title without the session kind before it: <c>Keynote 1：title</c>, <c>闪电演讲：title</c>,
    /// <c>Lightning Talk: title</c> (a panel keeps its word: <c>圆桌讨论：title</c> says what the session is).</summary>
    internal static string WithoutSessionKind(string title) =>
        BracketedSessionKind(title) ?? TrailingSessionKind(title) ?? WithoutLead(title, SessionKinds, numbered: false, minimumRest: 4, "：:|｜—–");

    private static readonly char[] KindOpenings = ['(', '（', '[', '【'];

    // `快速构建企业应用（快速演讲）`, `Rust on a budget (Lightning Talk)`: the kind in brackets after the title.
    private static string? TrailingSessionKind(string title)
    {
        if (title.Length < 6 || title[^1] is not (')' or '）' or ']' or '】'))
        {
            return null;
        }

        var open = title.LastIndexOfAny(KindOpenings);
        return open > 0 && title[(open + 1)..^1].Trim() is var kind && (IsSessionKind(kind) || IsLevelOrMode(kind))
            && title[..open].Trim() is { Length: >= 2 } rest ? rest : null;
    }

    // Said after a title only: who the talk is for and how it is given (`Data protocols (intermediate talk)`,
    // `Using Ansible with Azure (live)`), not words of the title.
    private static readonly string[] LevelsAndModes =
    [
        "talk", "beginner", "beginners", "intermediate", "advanced", "all levels", "beginner talk", "intermediate talk",
        "advanced talk", "beginner friendly", "beginner-friendly", "live", "online", "virtual", "in person", "in-person",
        "hybrid", "入门", "进阶", "初级", "中级", "高级", "线上", "线下", "直播",
    ];

    private static bool IsLevelOrMode(string word) => Array.Exists(LevelsAndModes, kind => kind.Equals(word, StringComparison.OrdinalIgnoreCase));

    // `[lightning talk] log.today`, `【闪电演讲】title`: the kind in brackets before the title.
    private static string? BracketedSessionKind(string title)
    {
        if (title.Length < 6 || title[0] is not ('[' or '【' or '(' or '（'))
        {
            return null;
        }

        // Searched past the opening bracket; +1 counts from the title's start again (not found, -1, becomes 0).
        var close = title.AsSpan(1).IndexOfAny("]】)）") + 1;
        return close > 1 && IsSessionKind(title[1..close].Trim()) && title[(close + 1)..].Trim() is { Length: >= 2 } rest ? rest : null;
    }

    // A lead word, its number (`#2`, `一`, `1`; required when numbered) and a mark, before the title proper.
    private static string WithoutLead(string text, string[] words, bool numbered, int minimumRest, string marks)
    {
        foreach (var word in words)
        {
            if (!text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = text.AsSpan(word.Length).TrimStart(' ').TrimStart('#');
            var digits = 0;
            while (digits < rest.Length && digits < 3 && NumberCharacters.Contains(rest[digits]))
            {
                digits++;
            }

            rest = rest[digits..].TrimStart(' ');
            if ((digits > 0 || !numbered) && rest.Length >= minimumRest && marks.Contains(rest[0]))
            {
                // `议题三：：title`: a doubled colon is a slip, not the title's first character.
                return rest[1..].TrimStart(' ').TrimStart("：:").Trim().ToString();
            }
        }

        return text;
    }

    /// <summary>A text without the item number a page writes before it: <c>01-胡正策</c>, <c>2、张三</c>, <c>三. 李四</c>.</summary>
    internal static string WithoutItemNumber(string text)
    {
        var t = text.AsSpan().TrimStart();
        var digits = 0;
        while (digits < t.Length && digits < 3 && NumberCharacters.Contains(t[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < t.Length && t[digits] is '-' or '、' or '.' or '．' or ')' or '）' or '–'
            ? t[(digits + 1)..].TrimStart().ToString()
            : text;
    }

    // The characters of a talk's number, Chinese or Arabic (`二、`, `分享一：`, `Talk 1:`).
    /// <summary>The digits and Chinese numerals a talk's or label's number is written in.</summary>
    internal static readonly SearchValues<char> NumberCharacters = SearchValues.Create("一二三四五六七八九十0123456789");

    /// <summary>A label without the talk number after it (<c>分享主题一</c>, <c>议题 2</c>, <c>Topic #3</c>).</summary>
    internal static string WithoutLabelNumber(string key)
    {
        var end = key.Length;
        while (end > 0 && (NumberCharacters.Contains(key[end - 1]) || key[end - 1] is ' ' or '#'))
        {
            end--;
        }

        return end > 0 && end < key.Length ? key[..end] : key;
    }

    private static bool IsChineseNumber(ReadOnlySpan<char> span) => !span.ContainsAnyExcept(NumberCharacters);
}
