namespace Bot.Core.Recaps;

/// <summary>A linear pre-scan for nesting no real page has. Markdig rejects very deep nesting itself, but only after
/// work that grows with depth × size (a 5 MB page of nested list levels takes Markdig tens of seconds), so such
/// input is refused up front.</summary>
internal static class NestingGuard
{
    // Markdig gives up at about 128 levels; a list level costs at least two columns.
    private const int MaxListIndent = 256;
    private const int MaxQuoteDepth = 128;
    private const int MaxBracketDepth = 256;
    private const int SmallPage = 64 * 1024;

    public static bool IsTooDeep(string markdown)
    {
        var text = markdown.AsSpan();
        // Fast path (vectorised counts): with few brackets and quote markers, a page this small cannot nest lists
        // deep enough to cost Markdig more than a fraction of a second.
        if (text.Length <= SmallPage && text.Count('[') <= MaxBracketDepth && text.Count('>') <= MaxQuoteDepth)
        {
            return false;
        }

        var brackets = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOf('\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            var (indent, quotes, next) = LinePrefix(line);
            if (quotes > MaxQuoteDepth || (indent > MaxListIndent && next < line.Length && IsListMarker(line[next])))
            {
                return true;
            }

            if (next >= line.Length)
            {
                brackets = 0;
                continue;
            }

            // Only brackets and escapes matter; IndexOfAny skips the rest of the line in vectorised steps.
            for (var rest = line[next..]; ;)
            {
                var at = rest.IndexOfAny('[', ']', '\\');
                if (at < 0)
                {
                    break;
                }

                switch (rest[at])
                {
                    case '[' when ++brackets > MaxBracketDepth:
                        return true;
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        break;
                    case '\\':
                        at++;
                        break;
                }

                rest = at + 1 < rest.Length ? rest[(at + 1)..] : [];
            }
        }

        return false;
    }

    private static (int Indent, int Quotes, int Next) LinePrefix(ReadOnlySpan<char> s)
    {
        var indent = 0;
        var quotes = 0;
        var i = 0;
        for (; i < s.Length; i++)
        {
            switch (s[i])
            {
                case ' ':
                    indent++;
                    break;
                case '\t':
                    indent += 4;
                    break;
                case '>':
                    quotes++;
                    break;
                default:
                    return (indent, quotes, i);
            }
        }

        return (indent, quotes, i);
    }

    private static bool IsListMarker(char c) => c is '-' or '*' or '+' || char.IsAsciiDigit(c);
}
