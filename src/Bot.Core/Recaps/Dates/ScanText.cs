using System.Diagnostics.CodeAnalysis;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Dates;

/// <summary>Folding and cursor helpers shared by the hand-written date and time scanners (linear, no regex).</summary>
internal static class ScanText
{
    /// <summary>Whether <paramref name="text"/> has a digit, ASCII or full-width: every date spelling has one
    /// (<c>9 月 6 日</c>, <c>2020/7/2</c>, <c>the 26th of September</c>), so text without one holds no date, and is not worth
    /// folding. (Two range searches: a set of both ranges' characters is searched one character at a time.)</summary>
    public static bool HasDigit([NotNullWhen(true)] string? text) =>
        text is not null && (text.AsSpan().ContainsAnyInRange('0', '9') || text.AsSpan().ContainsAnyInRange('\uFF10', '\uFF19'));

    /// <summary><see cref="TextNormalizer.Clean"/>, then full-width ASCII to half-width, dashes to <c>-</c>,
    /// emphasis markers dropped, so the scanners see one spelling of every separator.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most lines need neither cleaning nor folding: the text is returned as it is, without a copy.
        var clean = TextNormalizer.IsClean(text);
        if (clean && !NeedsFolding(text))
        {
            return text;
        }

        // Cleaning and folding never lengthen the text: both are written into one buffer of its length, and only the
        // folded text becomes a string (not the clean text on the way).
        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        int length;
        if (clean)
        {
            text.CopyTo(buffer);
            length = text.Length;
        }
        else
        {
            length = TextNormalizer.CleanInto(text, buffer);
            if (!NeedsFolding(buffer[..length]))
            {
                return new string(buffer[..length]);
            }
        }

        var folded = 0;
        for (var i = 0; i < length; i++)
        {
            var ch = buffer[i];
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;
            if (c != '*')
            {
                buffer[folded++] = c switch
                {
                    '\u2013' or '\u2014' or '\u2212' or '\u2010' or '\u2011' or '\u2012' => '-',
                    '\u301C' => '~',
                    _ => HanVariants.Simplify(c),
                };
            }
        }

        return new string(buffer[..folded]);
    }

    // What Fold rewrites: emphasis markers, the minus sign and the wave dash, the dashes U+2010-2014, full-width ASCII,
    // traditional Chinese characters (`下午 2 時`).
    private static bool NeedsFolding(ReadOnlySpan<char> clean) =>
        clean.ContainsAny('*', '\u2212', '\u301C') || clean.ContainsAnyInRange('\u2010', '\u2014') || clean.ContainsAnyInRange('\uFF01', '\uFF5E')
        || clean.ContainsAny(HanVariants.Folded);

    private const int StackLimit = 256;

    public static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    public static bool AtWord(string s, int i, string word) =>
        i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    /// <summary>An English word at <paramref name="i"/> (not inside a longer word) that is one of the lower-case
    /// <paramref name="names"/> or the three-letter abbreviation of one (<c>Jun</c>, <c>Thu</c>); moves past it.</summary>
    public static bool TryEnglishName(string s, ref int i, string[] names, out int index)
    {
        index = -1;
        var j = i;
        while (j < s.Length && char.IsAsciiLetter(s[j]))
        {
            j++;
        }

        if (j - i < 3 || (i > 0 && char.IsAsciiLetter(s[i - 1])))
        {
            return false;
        }

        var word = s.AsSpan(i, j - i);
        var dotted = j < s.Length && s[j] == '.';
        for (var n = 0; n < names.Length; n++)
        {
            var abbreviated = IsShortFor(word, names[n], dotted);
            if (abbreviated || word.Equals(names[n], StringComparison.OrdinalIgnoreCase))
            {
                // `Jan. 20`, `Sept. 5`, `Tue. 7 pm`: an abbreviation keeps its dot.
                index = n;
                i = abbreviated && dotted ? j + 1 : j;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is short for <paramref name="name"/>: its first three letters (<c>Jan</c>),
    /// four with the dot that marks them short (<c>Sept.</c>, not <c>Marc</c>), or a longer short form in common use
    /// without one (<c>Sept 4th</c>, <c>Tues</c>, <c>Thurs</c>).</summary>
    public static bool IsShortFor(ReadOnlySpan<char> word, string name, bool dotted) =>
        (word.Length == 3 || (word.Length == 4 && dotted) || IsUndottedShortForm(word)) && word.Length < name.Length
        && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsUndottedShortForm(ReadOnlySpan<char> word) =>
        word.Equals("sept", StringComparison.OrdinalIgnoreCase) || word.Equals("tues", StringComparison.OrdinalIgnoreCase)
        || word.Equals("thur", StringComparison.OrdinalIgnoreCase) || word.Equals("thurs", StringComparison.OrdinalIgnoreCase);

    /// <summary>Moves past <paramref name="word"/> when the text has it at <paramref name="i"/>.</summary>
    public static bool TryWord(string s, ref int i, string word)
    {
        if (!AtWord(s, i, word))
        {
            return false;
        }

        i += word.Length;
        return true;
    }

    /// <summary>Skips an English ordinal suffix (<c>10th</c>, <c>21st</c>, <c>21nd</c>, <c>21rst</c>) after a day.</summary>
    public static void SkipOrdinal(string s, ref int i)
    {
        var length = AtWord(s, i, "rst") ? 3 : AtWord(s, i, "st") || AtWord(s, i, "nd") || AtWord(s, i, "rd") || AtWord(s, i, "th") ? 2 : 0;
        if (length > 0 && !(i + length < s.Length && char.IsAsciiLetter(s[i + length])))
        {
            i += length;
        }
    }

    public static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Skips spaces and the punctuation that sits between a date, its weekday and its times.</summary>
    public static int SkipFiller(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or ',' or '、' or '(' or ')' or '[' or ']' or '，' or '（' or '）' or '|' or '·' or '•' or '・')
        {
            i++;
        }

        return i;
    }

    /// <summary>Past a short note in brackets that <paramref name="i"/> stands just inside (<c>2023 年 1 月 25 日 (年初四)，23:00</c>):
    /// a lunar day or a holiday's name holds no digit of the date or its hours.</summary>
    public static int SkipNote(string s, int i)
    {
        const int MaxNote = 8;
        if (i == 0 || i >= s.Length || s[i - 1] is not ('(' or '（'))
        {
            return i;
        }

        var close = s.AsSpan(i, Math.Min(MaxNote + 1, s.Length - i)).IndexOfAny(')', '）');
        return close > 0 && !s.AsSpan(i, close).ContainsAnyInRange('0', '9') ? SkipFiller(s, i + close + 1) : i;
    }

    /// <summary>Reads 1..<paramref name="maxDigits"/> ASCII digits; a longer run is not a number here.</summary>
    public static bool TryInt(string s, ref int i, int maxDigits, out int value)
    {
        value = 0;
        var j = i;
        while (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            if (j - i == maxDigits)
            {
                return false;
            }

            value = (value * 10) + (s[j] - '0');
            j++;
        }

        if (j == i)
        {
            return false;
        }

        i = j;
        return true;
    }

    public static bool IsValidDate(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year.Value : 2024, month);

    /// <summary>Reads a range separator: <c>-</c> runs, <c>~</c>, <c>至</c>, <c>到</c>, <c>to</c>.</summary>
    public static bool TrySeparator(string s, ref int i)
    {
        var j = SkipSpaces(s, i);
        if (At(s, j, '-'))
        {
            while (At(s, j, '-'))
            {
                j++;
            }
        }
        else if (At(s, j, '~') || At(s, j, '至') || At(s, j, '到'))
        {
            j++;
        }
        else if (TryWord(s, ref j, "to ") || TryWord(s, ref j, "until ") || TryWord(s, ref j, "through ") || TryWord(s, ref j, "thru "))
        {
            // `from December 10th through the 13th`: the end may be the day alone, after `the`.
            j = SkipSpaces(s, j);
            TryWord(s, ref j, "the ");
        }
        else
        {
            return false;
        }

        i = SkipSpaces(s, j);
        return true;
    }
}
