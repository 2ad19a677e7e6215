using System.Text;

namespace Bot.Core.Text;

/// <summary>Normalisation that is safe for matching (RECAP-FORMAT.md §9); display keeps the raw text.</summary>
public static class TextNormalizer
{
    /// <summary>U+00A0 and tabs become spaces, zero-width characters go, runs of spaces collapse, ends are trimmed,
    /// and a full-width colon between digits (<c>19：00</c>) becomes <c>:</c>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    continue;
                case '\u00A0' or '\t' or '\u3000' or ' ' or '\r' or '\n':
                    pendingSpace = sb.Length > 0;
                    continue;
                case '：' when i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]):
                    c = ':';
                    break;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A key for comparing names and titles: <see cref="Clean"/>, then no whitespace, full-width ASCII
    /// folded to half-width, lower-case.</summary>
    public static string Key(string? text)
    {
        var clean = Clean(text);
        var sb = new StringBuilder(clean.Length);
        foreach (var ch in clean)
        {
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
