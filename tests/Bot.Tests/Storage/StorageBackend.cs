using Bot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage;

/// <summary>One process's stores over a database.</summary>
public sealed record StorageStores(IChatStore Chats, IOutboxStore Outbox, IAnnouncementLog Announcements, IUpdateInbox Inbox);

/// <summary>A fresh, empty database of one provider for one spec. <see cref="Stores"/> is the first process's view;
/// <see cref="Open"/> is another process's (a restart, or a second instance).</summary>
public abstract class StorageBackend : IAsyncDisposable
{
    private StorageStores? _stores;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public StorageStores Stores => _stores ??= Open();
    public IChatStore Chats => Stores.Chats;
    public IOutboxStore Outbox => Stores.Outbox;
    public IAnnouncementLog Announcements => Stores.Announcements;
    public IUpdateInbox Inbox => Stores.Inbox;

    /// <summary>New stores over a new database object (nothing kept in memory is shared with earlier views).</summary>
    public abstract StorageStores Open();

    /// <summary>The first process stops cleanly (its stores are disposed, as the host's container does) and another
    /// starts on the same database.</summary>
    public async Task<StorageStores> RestartAsync()
    {
        if (_stores is { } stopping)
        {
            foreach (var store in new object[] { stopping.Chats, stopping.Outbox, stopping.Announcements, stopping.Inbox })
            {
                if (store is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
                else if (store is IDisposable disposable) disposable.Dispose();
            }
        }

        return _stores = Open();
    }

    public abstract ValueTask DisposeAsync();
}
