using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>A bare month and day in the title (<c>【12.19 杭州】示例 Meetup</c>), taken as the event's day only when the
/// time label names the weekday it falls on (<c>时间：周六下午 13:30-17:30</c>): a bare <c>12.19</c> alone is as often a
/// version as a date.</summary>
internal static partial class TitleDay
{
    [GeneratedRegex(@"(?<![0-9.])(1[0-2]|0?[1-9])[./](3[01]|[12][0-9]|0?[1-9])(?![0-9.])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    public static DateOnly? Of(string? title, string timeValue, DateOnly? anchor)
    {
        if (title is null || anchor is not { } published || StatedWeekday(ScanText.Fold(timeValue)) is not { } weekday)
        {
            return null;
        }

        foreach (Match m in MonthDay().Matches(title))
        {
            var (month, day) = (int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            if (YearResolver.Resolve(null, month, day, weekday, published) is { } date && date.DayOfWeek == weekday && YearResolver.InWindow(date, published))
            {
                return date;
            }
        }

        return null;
    }

    private static DayOfWeek? StatedWeekday(string folded)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            var j = i;
            if (WeekdayScanner.TryChineseName(folded, ref j, out var zh))
            {
                return zh;
            }

            if (char.IsAsciiLetter(folded[i]) && (i == 0 || !char.IsAsciiLetter(folded[i - 1])) && WeekdayScanner.TryEnglish(folded, ref j, out var en))
            {
                return en;
            }
        }

        return null;
    }
}
