namespace Bot.Delivery;

/// <param name="ThreadId">Forum topic to post in, if the chat subscribed from one.</param>
public sealed record OutgoingMessage(long ChatId, string Html, int? ThreadId = null);
