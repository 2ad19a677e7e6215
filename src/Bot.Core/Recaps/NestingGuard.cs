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

    public static bool IsTooDeep(string markdown)
    {
        var brackets = 0;
        var i = 0;
        while (i < markdown.Length)
        {
            var (indent, quotes, j) = LinePrefix(markdown, i);
            if (quotes > MaxQuoteDepth || (indent > MaxListIndent && j < markdown.Length && IsListMarker(markdown[j])))
            {
                return true;
            }

            if (j >= markdown.Length || markdown[j] == '\n')
            {
                brackets = 0;
            }

            for (; j < markdown.Length && markdown[j] != '\n'; j++)
            {
                switch (markdown[j])
                {
                    case '\\':
                        j++;
                        break;
                    case '[' when ++brackets > MaxBracketDepth:
                        return true;
                    case ']':
                        brackets = Math.Max(0, brackets - 1);
                        break;
                }
            }

            i = j + 1;
        }

        return false;
    }

    private static (int Indent, int Quotes, int Next) LinePrefix(string s, int i)
    {
        var indent = 0;
        var quotes = 0;
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
