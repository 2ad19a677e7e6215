using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bot.Core.Text;

/// <summary>Text that members control (messages, inline queries, chat titles), made safe where it enters and where it
/// reaches a log.</summary>
public static class UserText
{
    // Bidi controls (U+202A-202E embeddings/overrides, U+2066-2069 isolates, U+200E/F marks, U+061C) reorder the text
    // after them: echoed into a group reply they could make our answer read as something else.
    private static readonly SearchValues<char> BidiControls =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>The text without bidi control characters (the same instance when it has none).</summary>
    public static string WithoutBidiControls(string text)
    {
        if (text.AsSpan().IndexOfAny(BidiControls) < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!BidiControls.Contains(c)) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>For a log line: control characters (a newline would start a forged log line), line separators and bidi
    /// controls are written as escapes (<c>\n</c>, <c>\u202E</c>); null becomes empty.</summary>
    public static string ForLog(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!text.AsSpan().ContainsAny(Unsafe)) return text;
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case var _ when Unsafe.Contains(c): sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    // C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi controls.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i), '\u2028', '\u2029',
         '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C']);
}
