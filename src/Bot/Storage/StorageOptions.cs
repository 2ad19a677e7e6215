namespace Bot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite file holding chats, subscriptions, the outbox, the announcement log and Quartz's tables.</summary>
    public string Path { get; set; } = "data/bot.db";
}
