namespace Bot.Core.Recaps.Dates;

/// <summary>A date (and maybe clock times) as one spelling on a page writes it; the year may be missing.</summary>
/// <param name="StatedWeekday">The 周X / 星期X / English weekday the text states, to check against the calendar.</param>
/// <param name="EndDate">The last day of a multi-day range (<c>4 月 1 日-4 月 25 日</c>), month and day with an optional year.</param>
public sealed record DateTimeText(
    int? Year,
    int Month,
    int Day,
    DayOfWeek? StatedWeekday,
    TimeOnly? Start,
    TimeOnly? End,
    (int? Year, int Month, int Day)? EndDate = null)
{
    /// <summary>The UTC offset the text writes after its clock time (<c>CEST</c>, <c>UTC+8</c>); null for the page's zone.</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary>The IANA zone the text names by its region's time (<c>PT</c>, <c>ET</c>), whose offset follows daylight saving.</summary>
    public string? ZoneId { get; init; }

    /// <summary>For an ambiguous zone abbreviation (IST, CST): the readings not taken, for a warning.</summary>
    public string? ZoneAmbiguity { get; init; }

    /// <summary>The abbreviation the zone is written as (<c>MST</c>), which may mean the page zone's clock in either season.</summary>
    public string? ZoneAbbreviation { get; init; }

    /// <summary>This text in the zone written beside it.</summary>
    internal DateTimeText In(ZoneNames.Written zone) =>
        this with { Offset = zone.Offset, ZoneId = zone.Id, ZoneAmbiguity = zone.Ambiguity, ZoneAbbreviation = zone.Abbreviation };

    public string Describe() =>
        $"{(Year is { } y ? $"{y}-" : "")}{Month:00}-{Day:00}{(Start is { } s ? $" {s:HH\\:mm}" : "")}{(End is { } e ? $"-{e:HH\\:mm}" : "")}";
}
