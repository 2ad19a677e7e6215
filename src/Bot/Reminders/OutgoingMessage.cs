namespace Bot.Reminders;

/// <param name="ThreadId">Forum topic to post in, if the chat subscribed from one.</param>
/// <param name="IsReminder">Reminders go before other announcements when the limits bind.</param>
public sealed record OutgoingMessage(long ChatId, string Html, int? ThreadId = null, bool IsReminder = false);
