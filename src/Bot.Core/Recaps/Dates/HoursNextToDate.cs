namespace Bot.Core.Recaps.Dates;

/// <summary>The hours of a day written alone, in the lines right after it (<c>This Saturday, April 1, is Arduino Day.</c>
/// / <c>We'll be at the space from 1pm to 7pm</c>): a range of clock times that no date of its own claims. A single
/// hour there may be anything (a talk, a deadline); a range from one hour to another is the day's.</summary>
internal static class HoursNextToDate
{
    private const int LinesAfter = 2;

    /// <summary>The range of hours the lines after source line <paramref name="line"/> give, if any.</summary>
    public static TimeRange? Find(LineDates dates, int line)
    {
        var lines = dates.Lines;
        var at = -1;
        for (var i = 0; i < lines.Count && lines[i].Line <= line; i++)
        {
            at = lines[i].Line == line ? i : at;
        }

        for (var i = at + 1; at >= 0 && i < lines.Count && i <= at + LinesAfter; i++)
        {
            var text = lines[i].Text;
            if (!ScanText.HasDigit(text) || SignIn.In(text))
            {
                continue;
            }

            // A line with a date of its own starts another day's account: the hours after it are that day's.
            if (dates.Of(i).Count > 0)
            {
                return null;
            }

            if (DateTimeScanner.FindTime(text) is { End: not null } range)
            {
                return range;
            }
        }

        return null;
    }
}
