namespace Bot.Storage;

/// <summary>Dapper's view of a <c>telegram_inbox</c> row (a class, not a value tuple: Dapper.AOT maps non-private classes and
/// leaves tuples to run-time code generation, which a Native AOT publish does not have).</summary>
internal sealed class InboxRow
{
    public long UpdateId { get; set; }
    public string Body { get; set; } = string.Empty;
}
