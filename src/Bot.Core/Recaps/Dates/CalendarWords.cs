using System.Collections.Frozen;

namespace Bot.Core.Recaps.Dates;

/// <summary>The English words a date can start with: the names of the months and weekdays and their three-letter
/// abbreviations, in any case. Prose has many words that start with a month's or a weekday's initial; telling them
/// apart with one look-up spares the scanners trying every name at each of them.</summary>
internal static class CalendarWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Names =
        EnglishDateScanner.Months.Concat(WeekdayScanner.EnglishNames)
            .SelectMany(name => new[] { name, name[..3] })
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the run of ASCII letters at <paramref name="i"/> is one of the names, as
    /// <see cref="ScanText.TryEnglishName"/> would read it; <paramref name="wordEnd"/> is where the run ends.</summary>
    public static bool IsNameAt(string s, int i, out int wordEnd)
    {
        wordEnd = i;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd - i >= 3 && Names.Contains(s.AsSpan(i, wordEnd - i));
    }
}
