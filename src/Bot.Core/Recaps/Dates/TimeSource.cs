namespace Bot.Core.Recaps.Dates;

/// <summary>A date/time spelling found on the page, where it was found, and its calendar date once the year is known.</summary>
public sealed record TimeSource(string Name, DateTimeText Text, int Line, DateOnly? Date);
