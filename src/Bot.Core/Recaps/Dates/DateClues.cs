using System.Buffers;

namespace Bot.Core.Recaps.Dates;

/// <summary>A cheap test that spares the date scan most lines with a digit: every date it reads writes 月
/// (<c>9 月 6 日</c>), a four-digit year beside a separator (<c>2020-09-20</c>, <c>20.12.2026</c>), an English month's name or its
/// abbreviation (<c>June 24</c>), a weekday after a month and day (<c>7.11（周六）</c>), or a month and day with a
/// clock time on the line (<c>12/19 下午 2:00</c>). A line with none of them holds no date; one with them may still hold none.</summary>
internal static class DateClues
{
    // The three-letter abbreviations of the English months and weekdays start every spelling of their names. Searched
    // as ASCII strings, many characters at a time, also through CJK text.
    private static readonly SearchValues<string> CalendarNames = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sun", "mon", "tue", "wed", "thu", "fri", "sat"],
        StringComparison.OrdinalIgnoreCase);

    // What folding drops, which may join two characters into a clue (a zero-width character or an emphasis marker
    // inside a word): text with one is left to the scan, as is text with a dash folding turns into a separator.
    private static readonly SearchValues<char> FoldedAway = SearchValues.Create("*\u200B\u200C\u200D\uFEFF");

    // The full-width forms folding turns into a clue's characters: the emphasis marker, the numeric separators, digits
    // and letters. The full-width punctuation of Chinese prose (，：（）) is none of them.
    private static readonly SearchValues<char> FullWidthClueCharacters =
        SearchValues.Create("＊－．／０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    // The separators of a numeric date: an ASCII set, searched many characters at a time.
    private static readonly SearchValues<char> NumericSeparators = SearchValues.Create("-/.");

    /// <summary>Whether <paramref name="text"/>, folded (<see cref="ScanText.Fold"/>) or not, may hold a date.</summary>
    public static bool MayHoldDate(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(FoldedAway) || span.ContainsAnyInRange('\u2010', '\u2014') || span.Contains('\u2212')
            || (span.ContainsAnyInRange('\uFF01', '\uFF5E') && span.ContainsAny(FullWidthClueCharacters))
            || span.ContainsAny('月', '周', '星') || span.Contains('礼')
            || span.ContainsAny(CalendarNames)
            || SeparatorClues(span) is var (year, digits) && (year || (digits && span.ContainsAny(ClockMarks)));
    }

    // A clock time's marks (`14:00`, `2 点`, `8 时`): a month and day without a year is a date only before one.
    private static readonly SearchValues<char> ClockMarks = SearchValues.Create(":：点时");

    // One pass over the numeric separators: whether a four-digit year stands beside one (`2020-09-20`, `20.12.2026`),
    // and whether digits stand on both sides of one (`12/19`).
    private static (bool Year, bool Digits) SeparatorClues(ReadOnlySpan<char> text)
    {
        var digits = false;
        for (var at = text.IndexOfAny(NumericSeparators); at >= 0; at = NextSeparator(text, at + 1))
        {
            if (FourDigits(text, at - 4) || FourDigits(text, at + 1))
            {
                return (true, true);
            }

            digits |= at >= 1 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]);
        }

        return (false, digits);
    }

    private static bool FourDigits(ReadOnlySpan<char> text, int from) =>
        from >= 0 && from + 4 <= text.Length && !text.Slice(from, 4).ContainsAnyExceptInRange('0', '9');

    private static int NextSeparator(ReadOnlySpan<char> text, int from) =>
        text[from..].IndexOfAny(NumericSeparators) is var next and >= 0 ? from + next : -1;
}
