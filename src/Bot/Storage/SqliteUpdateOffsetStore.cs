using System.Globalization;
using Bot.Telegram;
using Dapper;

namespace Bot.Storage;

/// <summary>The last handled Telegram update id, in the bot's database (WAL: durable once the commit returns).</summary>
public sealed class SqliteUpdateOffsetStore(BotDatabase database) : IUpdateOffsetStore
{
    private const string Name = "last_update_id";

    public async ValueTask<int?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        var value = await db.ExecuteScalarAsync<string?>("SELECT value FROM telegram_state WHERE name = @Name", new { Name });
        return int.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public async ValueTask SaveAsync(int lastHandledUpdateId, CancellationToken cancellationToken)
    {
        await using var db = await database.OpenAsync(cancellationToken);
        await db.ExecuteAsync(
            "INSERT INTO telegram_state (name, value) VALUES (@Name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { Name, value = lastHandledUpdateId.ToString(CultureInfo.InvariantCulture) });
    }
}
