using System.Buffers;
using System.Text;

namespace Bot.Core.Text;

/// <summary>Normalisation that is safe for matching (docs/PAGE-FORMAT.md §9); display keeps the raw text.</summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> Rewritten = SearchValues.Create("\u200B\u200C\u200D\uFEFF\u00A0\t\u3000\r\n：");

    /// <summary>U+00A0 and tabs become spaces, zero-width characters go, runs of spaces collapse, ends are trimmed,
    /// and a full-width colon between digits (<c>19：00</c>) becomes <c>:</c>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most strings the parser cleans are clean already; returning them spares a copy per call.
        if (IsClean(text))
        {
            return text;
        }

        // Cleaning never lengthens the text: it is written into a buffer of the text's length, copied once into the result.
        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..CleanInto(text, buffer)]);
    }

    private const int StackLimit = 256;

    /// <summary>Writes <see cref="Clean"/>'s text of <paramref name="text"/> into <paramref name="buffer"/> (at least as
    /// long as the text) and returns its length: for callers that rewrite the clean text further before making a string.</summary>
    internal static int CleanInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF':
                    continue;
                case '\u00A0' or '\t' or '\u3000' or ' ' or '\r' or '\n':
                    pendingSpace = length > 0;
                    continue;
                case '：' when i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]):
                    c = ':';
                    break;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = c;
        }

        return length;
    }

    /// <summary>A key for comparing names and titles: <see cref="Clean"/>, then no whitespace, full-width ASCII
    /// folded to half-width, lower-case, the traditional Chinese characters of <see cref="HanVariants"/> simplified.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var key = buffer[..KeyInto(text, buffer)];
        return key.SequenceEqual(text) ? text : new string(key);
    }

    /// <summary><see cref="Key"/> written into <paramref name="buffer"/> (as long as the text at least), for callers
    /// that only compare the key and need no string of it; returns the key's length.</summary>
    internal static int KeyInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        // One pass instead of Clean's then this one: every whitespace Clean rewrites or collapses is dropped here, the
        // digit colon it rewrites is folded to ':' like any full-width colon, and only the zero-width characters
        // (not whitespace) need dropping on their own.
        var length = 0;
        foreach (var ch in text)
        {
            if (ch is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            var c = KeyChar(ch);
            if (!char.IsWhiteSpace(c))
            {
                buffer[length++] = c;
            }
        }

        return length;
    }

    /// <summary>One character as <see cref="Key"/> writes it: full-width ASCII half-width, lower case, a traditional
    /// Chinese character of <see cref="HanVariants"/> simplified.</summary>
    internal static char KeyChar(char ch) =>
        HanVariants.Simplify(Lower(ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch));

    /// <summary><c>text.ToLowerInvariant()</c>, the same string, without the runtime's ICU call for text that is not
    /// ASCII (every CJK string): characters without case are copied as they are.</summary>
    public static string LowerInvariant(string text)
    {
        // A surrogate pair is cased as one code point: only the runtime's string casing does that.
        var span = text.AsSpan();
        if (span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.ToLowerInvariant();
        }

        var first = 0;
        while (first < span.Length && Lower(span[first]) == span[first])
        {
            first++;
        }

        return first == span.Length ? text : string.Create(text.Length, (text, first), static (buffer, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(buffer);
            for (var i = state.first; i < buffer.Length; i++)
            {
                buffer[i] = Lower(state.text[i]);
            }
        });
    }

    // char.ToLowerInvariant goes through ICU for every non-ASCII char; CJK text and punctuation have no case.
    internal static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        < '\u0080' => c,
        >= '\u3000' and <= '\u303F' or >= '\u3400' and <= '\u9FFF' => c,
        _ => char.ToLowerInvariant(c),
    };

    // One vectorised scan for everything Clean rewrites (a full-width colon only between digits), then one for a
    // double space: measured on the corpus lines, this is twice as fast as a scalar loop.
    /// <summary>Whether <see cref="Clean"/> would return the text as it is.</summary>
    internal static bool IsClean(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return true;
        }

        if (span[0] == ' ' || span[^1] == ' ')
        {
            return false;
        }

        for (var from = 0; span[from..].IndexOfAny(Rewritten) is var i && i >= 0; from += i + 1)
        {
            var at = from + i;
            if (span[at] != '：' || (at > 0 && at + 1 < span.Length && char.IsAsciiDigit(span[at - 1]) && char.IsAsciiDigit(span[at + 1])))
            {
                return false;
            }
        }

        return span.IndexOf("  ", StringComparison.Ordinal) < 0;
    }
}
