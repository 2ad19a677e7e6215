namespace Bot.Storage;

/// <summary>A pending outbox row.</summary>
public sealed record OutboxEntry(long Id, string AnnouncementKey, long ChatId, int? ThreadId, bool IsGroup, string Html, int Attempts);
