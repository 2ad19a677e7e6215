namespace Bot.Core.Recaps.Dates;

/// <summary>Clock times without a date (<c>9:00 – 16:00</c>, <c>晚 7 点</c>).</summary>
public sealed record TimeRange(TimeOnly Start, TimeOnly? End);
