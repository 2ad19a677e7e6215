namespace Bot.Core.Recaps.Dates;

/// <summary>Gives a year to a date written without one (docs/PAGE-FORMAT.md §4.2): of the anchor's year −1, 0, +1,
/// keep the date inside [anchor − 7 days, anchor + 60 days]; if two fit, the one whose weekday matches.</summary>
public static class YearResolver
{
    public const int DaysBefore = 7;
    public const int DaysAfter = 60;

    /// <summary>How long before its publication a recap's event may have been.</summary>
    public const int RecapDaysBefore = 60;

    /// <param name="anchor">The front-matter date as a local date in the event's zone, or null when missing.</param>
    /// <returns>The calendar date, or null when the text has no year and there is no anchor to infer it from.</returns>
    public static DateOnly? Resolve(int? year, int month, int day, DayOfWeek? stated, DateOnly? anchor)
    {
        if (year is { } y)
        {
            return ScanText.IsValidDate(y, month, day) ? new DateOnly(y, month, day) : null;
        }

        if (anchor is not { } a)
        {
            return null;
        }

        DateOnly? best = null;
        var bestScore = int.MaxValue;
        for (var candidate = a.Year - 1; candidate <= a.Year + 1; candidate++)
        {
            if (candidate is < 1 or > 9999 || !ScanText.IsValidDate(candidate, month, day))
            {
                continue;
            }

            var date = new DateOnly(candidate, month, day);
            var offset = date.DayNumber - a.DayNumber;
            var inWindow = offset is >= -DaysBefore and <= DaysAfter;
            // Lower is better: in-window first, then a matching weekday, then closeness to the anchor.
            var score = (inWindow ? 0 : 1_000_000) + (stated is { } w && date.DayOfWeek != w ? 10_000 : 0) + Math.Abs(offset);
            if (score < bestScore)
            {
                (best, bestScore) = (date, score);
            }
        }

        return best;
    }

    /// <summary>The calendar date <paramref name="found"/> writes: in its own year, else by the anchor, else in the year
    /// the page's path, title or other dates guess, or in the year after or before it when only that one falls on the
    /// weekday the text states (a `2014` year-end party held on `2/5 (四)`, which is in 2015).</summary>
    public static DateOnly? Of(DateTimeText found, DateOnly? anchor, int? guessedYear)
    {
        if (found.Year is not null || anchor is not null || guessedYear is not { } guess)
        {
            return Resolve(found.Year, found.Month, found.Day, found.StatedWeekday, anchor);
        }

        var date = Resolve(guess, found.Month, found.Day, null, null);
        if (date is not { } d || found.StatedWeekday is not { } stated || d.DayOfWeek == stated)
        {
            return date;
        }

        foreach (var other in (ReadOnlySpan<int>)[guess + 1, guess - 1])
        {
            if (Resolve(other, found.Month, found.Day, null, null) is { } near && near.DayOfWeek == stated)
            {
                return near;
            }
        }

        return date;
    }

    /// <summary>The calendar date <paramref name="found"/> writes (<see cref="Of"/>), when it lies in the window around
    /// the anchor; any such date when there is no anchor.</summary>
    public static DateOnly? Near(DateTimeText found, DateOnly? anchor, int? pathYear) =>
        Of(found, anchor, pathYear) is { } date && (anchor is not { } a || InWindow(date, a)) ? date : null;

    /// <summary>Whether <paramref name="date"/> lies in the window around <paramref name="anchor"/>.</summary>
    public static bool InWindow(DateOnly date, DateOnly anchor) =>
        date.DayNumber - anchor.DayNumber is >= -DaysBefore and <= DaysAfter;

    /// <summary>Whether <paramref name="date"/> lies in the window of an account published after the event: up to
    /// <see cref="RecapDaysBefore"/> days before <paramref name="anchor"/>.</summary>
    public static bool InRecapWindow(DateOnly date, DateOnly anchor) =>
        date.DayNumber - anchor.DayNumber is >= -RecapDaysBefore and <= DaysAfter;
}
