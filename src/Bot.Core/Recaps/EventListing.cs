using Bot.Core.Recaps.Dates;
using Markdig.Extensions.Tables;

namespace Bot.Core.Recaps;

/// <summary>A table whose rows each carry their own day, weeks apart (a year's meetups city by city, a club's past
/// events): the page lists events, and a date read from it is one of theirs, not the page's.</summary>
internal static class EventListing
{
    private const int MinRows = 3;
    private const int MinSpanDays = 14;

    /// <summary>The days the page's tables list, or null when they list too few days or too close together (one
    /// event's days). A year's list may be split into one table per year.</summary>
    public static SortedSet<DateOnly>? Days(Outline.PageOutline outline)
    {
        if (outline.Tables.Count == 0)
        {
            return null;
        }

        var rows = new HashSet<int>();
        foreach (var table in outline.Tables)
        {
            foreach (var block in table)
            {
                if (block is TableRow { IsHeader: false } row)
                {
                    rows.Add(row.Line + 1);
                }
            }
        }

        // A row's cells are lines of the same number: each row gives the first full date of its cells.
        var days = new SortedSet<DateOnly>();
        foreach (var line in outline.LineSpan)
        {
            if (rows.Contains(line.Line) && FirstDay(line.Text) is { } day)
            {
                days.Add(day);
                rows.Remove(line.Line);
            }
        }

        return days.Count >= MinRows && days.Max.DayNumber - days.Min.DayNumber > MinSpanDays ? days : null;
    }

    private static DateOnly? FirstDay(string text)
    {
        foreach (var date in DateTimeScanner.All(text))
        {
            if (date.Year is { } year && ScanText.IsValidDate(year, date.Month, date.Day))
            {
                return new DateOnly(year, date.Month, date.Day);
            }
        }

        return null;
    }
}
