using Bot.Storage;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

/// <summary>The real inbox, except that keeping update <paramref name="failingId"/> throws an exception nobody expects
/// (not a database or I/O error): an unhandled failure in the webhook's request, which only Kestrel reports.</summary>
internal sealed class FailingUpdateInbox(IUpdateInbox inner, int failingId) : IUpdateInbox
{
    public Task<(int? LastReceived, IReadOnlyList<Update> Pending)> OpenAsync(CancellationToken cancellationToken) =>
        inner.OpenAsync(cancellationToken);

    public Task<IReadOnlyList<Update>> AddAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken) =>
        updates.Any(u => u.Id == failingId)
            ? throw new InvalidOperationException($"injected failure keeping update {failingId}")
            : inner.AddAsync(updates, cancellationToken);

    public Task MarkInHandAsync(int updateId, CancellationToken cancellationToken) =>
        inner.MarkInHandAsync(updateId, cancellationToken);

    public Task RemoveThroughAsync(int lastHandled, CancellationToken cancellationToken) =>
        inner.RemoveThroughAsync(lastHandled, cancellationToken);
}
