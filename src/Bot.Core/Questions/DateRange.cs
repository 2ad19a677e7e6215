namespace Bot.Core.Questions;

/// <summary>Days in the chat's zone, both ends included: "tomorrow", "this week", "2022-04-01", "April 2022".</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public bool IsOneDay => From == To;
}
