using System.Buffers;
using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Speakers;

/// <summary>Reads one person from the ways pages write them (docs/PAGE-FORMAT.md §6): <c>Name（花名：Nick）</c>,
/// <c>Name（花名Nick）</c>, <c>Name（Nick）</c>, <c>Name 花名Nick</c>, name first / comma / last / fused / <c>@</c> /
/// colon. The real name becomes <see cref="Speaker.Name"/> and the 花名 an alias.</summary>
internal static class SpeakerNotation
{
    // Built once: a character list given to Trim is a new array on every call.
    private static readonly char[] AffiliationLeads = ['，', ',', '：', ':', '、', ' '];
    private static readonly char[] NickOpenings = [' ', '（', '('];
    private static readonly char[] NickClosings = ['）', ')', ' ', '，', ','];
    private static readonly char[] Openings = ['（', '('];
    private static readonly char[] Closings = ['）', ')'];

    // Prebuilt: IndexOfAny over a plain array of non-ASCII characters builds its lookup on every call.
    private static readonly SearchValues<char> Delimiters = SearchValues.Create(" ，,：:（(、；;");
    private static readonly char[] Separators = ['；', ';', '\n'];
    private static readonly char[] TrailingPunctuation = ['，', '。', ',', '.', '；', ';', '、', ' '];
    private static readonly SearchValues<char> NameEnds = SearchValues.Create("）)，,、（( ；;");

    /// <summary>Several people in one cell or line, separated by <c>；</c>, <c>;</c> or line breaks.</summary>
    public static List<Speaker> ParseMany(string text, bool nameMayBeLast = false)
    {
        var result = new List<Speaker>();
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Parse(part, nameMayBeLast) is { } speaker)
            {
                result.Add(speaker);
            }
        }

        return result;
    }

    public static Speaker? Parse(string text, bool nameMayBeLast = false)
    {
        var s = Tidy(text);
        if (s.Length == 0 || NameRules.IsHost(s))
        {
            return null;
        }

        var nickAt = s.IndexOf("花名", StringComparison.Ordinal);
        if (nickAt >= 0)
        {
            return WithNickname(s, nickAt);
        }

        var at = s.IndexOf('@');
        if (at > 0 && NameRules.LooksLikeName(s[..at].Trim()))
        {
            return new Speaker(s[..at].Trim(), [], NullIfEmpty(s[(at + 1)..]));
        }

        if (NameRules.LooksLikeName(s))
        {
            return new Speaker(s, []);
        }

        var end = s.AsSpan().IndexOfAny(Delimiters);
        var first = end < 0 ? s : s[..end];
        if (NameRules.LooksLikeName(first))
        {
            return NameFirst(s, first);
        }

        // `Tom Lin（林涛）`: a name of several words, up to its bracket.
        var bracket = s.AsSpan().IndexOfAny('（', '(');
        if (bracket > end && s[..bracket].TrimEnd() is var named && NameRules.LooksLikeName(named))
        {
            return NameFirst(s, named);
        }

        var lastSpace = s.LastIndexOf(' ');
        if (nameMayBeLast && lastSpace > 0 && NameRules.LooksLikeName(s[(lastSpace + 1)..]))
        {
            return new Speaker(s[(lastSpace + 1)..], [], NullIfEmpty(s[..lastSpace]));
        }

        var verb = first.IndexOf('是');
        return verb is >= 2 and <= 4 && NameRules.IsChineseName(first[..verb])
            ? new Speaker(first[..verb], [], NullIfEmpty(s[(verb + 1)..]))
            : null;
    }

    /// <summary>Cleans a mention: spaces normalised, emphasis stars and trailing <c>，。</c> removed.</summary>
    public static string Tidy(string text) =>
        TextNormalizer.Clean(text.Replace("*", string.Empty, StringComparison.Ordinal)).Trim().TrimEnd(TrailingPunctuation);

    private static Speaker? NameFirst(string s, string name)
    {
        var rest = s[name.Length..].TrimStart();
        var aliases = new List<string>();
        if (rest.Length > 0 && rest[0] is '（' or '(')
        {
            var close = rest.AsSpan().IndexOfAny("）)");
            var inner = close > 0 ? rest[1..close].Trim() : string.Empty;
            // `邵青禾（老邵）` gives a nickname; four characters in brackets are an employer (`朱林（某某车网）`).
            if (inner.Length <= 3 && NameRules.IsChineseName(inner))
            {
                aliases.Add(inner);
                rest = rest[(close + 1)..];
            }
            else if (close == rest.Length - 1)
            {
                // `孙某（某某物流）`: the brackets hold the whole affiliation.
                rest = inner;
            }
        }

        return new Speaker(name, aliases, NullIfEmpty(rest.TrimStart(AffiliationLeads)));
    }

    private static Speaker? WithNickname(string s, int nickAt)
    {
        var start = nickAt + 2;
        while (start < s.Length && s[start] is '：' or ':' or ' ')
        {
            start++;
        }

        start = Math.Min(start, s.Length);
        var end = s.AsSpan(start).IndexOfAny(NameEnds) is var at and >= 0 ? start + at : s.Length;

        var nick = s[start..end];
        var before = s[..nickAt].TrimEnd(NickOpenings);
        var colon = before.AsSpan().LastIndexOfAny("：:");
        if (colon >= 0)
        {
            before = before[(colon + 1)..];
        }

        var split = before.AsSpan().LastIndexOfAny(" ，,");
        var name = split < 0 ? before : before[(split + 1)..];
        var prefix = split < 0 ? string.Empty : before[..split];
        if (name.Length > 4)
        {
            // Title fused to the name (蚂蚁集团技术专家李旭东): the name follows the role word.
            var cut = RoleSuffixes.LastEnd(name);
            var length = cut > 0 && name.Length - cut is >= 2 and <= 4 ? name.Length - cut : 3;
            prefix = name[..^length];
            name = name[^length..];
        }

        var rest = end < s.Length ? s[end..].TrimStart(NickClosings) : string.Empty;
        var affiliation = NullIfEmpty(rest.Length > 0 ? rest.TrimStart(Openings).TrimEnd(Closings) : prefix);
        var nickOk = NameRules.LooksLikeName(nick);
        if (!NameRules.LooksLikeName(name))
        {
            return nickOk ? new Speaker(nick, [], affiliation) : null;
        }

        return new Speaker(name, nickOk && nick != name ? [nick] : [], affiliation);
    }

    private static string? NullIfEmpty(string text)
    {
        var t = text.Trim();
        return t.Length == 0 ? null : t;
    }
}
