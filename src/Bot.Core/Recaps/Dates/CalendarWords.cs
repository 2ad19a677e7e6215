namespace Bot.Core.Recaps.Dates;

/// <summary>The English words a date can start with: the names of the months and weekdays and their three-letter
/// abbreviations, in any case. Prose has many words that start with a month's or a weekday's initial; telling them
/// apart once, among the few names that share their initial, spares the scanners trying every name at each of them.</summary>
internal static class CalendarWords
{
    // The names by their lower-case initial: a word is compared with the two or three that share its first letter.
    private static readonly string[][] ByInitial = [.. Enumerable.Range('a', 26).Select(initial =>
        EnglishDateScanner.Months.Concat(WeekdayScanner.EnglishNames).Where(name => name[0] == initial).ToArray())];

    /// <summary>Whether <paramref name="s"/> has one of the names as a word of its own or after a digit.</summary>
    public static bool AnyIn(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiLetter(s[i]) && (i == 0 || !char.IsAsciiLetter(s[i - 1])))
            {
                if (IsNameAt(s, i, out var wordEnd))
                {
                    return true;
                }

                i = wordEnd - 1;
            }
        }

        return false;
    }

    /// <summary>Whether the run of ASCII letters at <paramref name="i"/> is one of the names, as
    /// <see cref="ScanText.TryEnglishName"/> would read it; <paramref name="wordEnd"/> is where the run ends.</summary>
    public static bool IsNameAt(string s, int i, out int wordEnd)
    {
        wordEnd = i;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd - i < 3)
        {
            return false;
        }

        var word = s.AsSpan(i, wordEnd - i);
        // `Sept.`, `Tues.`: read as ScanText.TryEnglishName reads them.
        var dotted = wordEnd < s.Length && s[wordEnd] == '.';
        foreach (var name in ByInitial[char.ToLowerInvariant(s[i]) - 'a'])
        {
            if (ScanText.IsShortFor(word, name, dotted) || word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
