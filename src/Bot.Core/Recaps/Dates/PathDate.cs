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

    [GeneratedRegex(@"(?<![0-9])(20[0-9][0-9]|19[0-9][0-9])[-/_.]?(0[1-9]|1[0-2])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthPattern();

    /// <summary>The year most of the page's links carry with a month in their paths (<c>slides/meetup/201912@hangzhou/…</c>,
    /// <c>/2019/12/…</c>), when more than half of such links agree: an event's own decks and photos are filed by it.</summary>
    public static int? YearOfLinks(IReadOnlyList<Outline.PageLine> lines)
    {
        Dictionary<int, int>? counts = null;
        var total = 0;
        foreach (var line in lines)
        {
            foreach (var link in line.Links)
            {
                if (YearMonthPattern().Match(link.Url) is { Success: true } m)
                {
                    counts ??= [];
                    var year = int.Parse(m.Groups[1].ValueSpan);
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                    total++;
                }
            }
        }

        return counts?.MaxBy(c => c.Value) is { } most && most.Value * 2 > total ? most.Key : null;
    }

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
