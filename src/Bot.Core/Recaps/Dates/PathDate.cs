using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>The date a page's path carries (<c>2021-08-21-shanghai-meetup.md</c>, <c>blog/2021/08/21/…</c>,
/// <c>20250803_coffee.md</c>): blogs that write no date in the front matter still date the file.</summary>
internal static partial class PathDate
{
    // [0-9], not \d: \d also matches other scripts' digits (೭, ٣), which int.Parse refuses.
    [GeneratedRegex(@"(?<![0-9])(20[0-9][0-9]|19[0-9][0-9])([-/_.]?)([0-9][0-9])\2([0-9][0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<![0-9])(20[0-9][0-9]|19[0-9][0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    /// <summary>A year alone in the path (<c>2023-kcscn-schedule.md</c>, <c>events/2023/…</c>): the year of dates the
    /// page writes without one when nothing else gives it.</summary>
    public static int? YearOf(string source) =>
        YearPattern().Match(source) is { Success: true } m ? int.Parse(m.Groups[1].ValueSpan) : null;

    public static DateOnly? Of(string source)
    {
        foreach (Match m in Pattern().Matches(source))
        {
            var (year, month, day) = (int.Parse(m.Groups[1].ValueSpan), int.Parse(m.Groups[3].ValueSpan), int.Parse(m.Groups[4].ValueSpan));
            if (ScanText.IsValidDate(year, month, day))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }
}
