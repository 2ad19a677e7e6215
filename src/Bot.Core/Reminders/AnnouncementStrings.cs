namespace Bot.Core.Reminders;

/// <summary>Every word the announcements use; the instances live with the rest of each language in <see cref="Localization.Strings"/>.</summary>
public sealed record AnnouncementStrings(
    string StartsIn,
    string StartingNow,
    string StartedAgo,
    string LiveNow,
    string Day,
    string Days,
    string Hour,
    string Hours,
    string Minute,
    string Minutes,
    string LiveRoom,
    string Venue,
    string Online,
    string Talks,
    string MediaOut,
    string Slides,
    string Replay,
    string DigestTitle,
    string TimeNotAnnounced,
    string Moved,
    string[] WeekDays)
{
    /// <summary>Between the items of a short list ("1 day, 1 hour"; "1 天、1 小时").</summary>
    public string ListSeparator { get; init; } = ", ";
}
