namespace Bot.Storage;

/// <summary>One announcement for one chat, written before anything is sent.</summary>
public sealed record OutboxMessage(string AnnouncementKey, long ChatId, string Html, bool IsGroup = false, int? ThreadId = null);
