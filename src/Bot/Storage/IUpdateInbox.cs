using Telegram.Bot.Types;

namespace Bot.Storage;

/// <summary>Port for updates between receipt and handling. An update is kept here before Telegram may forget it (the
/// next getUpdates confirms it; a webhook request is answered 200), and removed once it and every earlier one are
/// handled, so a crash or restart loses nothing: what is left is handled on the next start.</summary>
public interface IUpdateInbox
{
    /// <summary>Starts an update may be found in hand and unhandled before it is given up.</summary>
    const int MaxRestarts = 3;

    /// <summary>The highest update id ever kept (null on a first start) and the updates not yet handled, oldest first.
    /// Each update that was in hand when the previous process stopped counts one more restart; one found in hand at too
    /// many starts in a row is dropped (it may be what brings the process down).</summary>
    Task<(int? LastReceived, IReadOnlyList<Update> Pending)> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Keeps the updates; durable when it returns. Returns those that were not kept already.</summary>
    Task<IReadOnlyList<Update>> AddAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken);

    /// <summary>Records that a worker took the update (durable when it returns): if the process stops before it is
    /// handled, the next start counts a restart for it.</summary>
    Task MarkInHandAsync(int updateId, CancellationToken cancellationToken);

    /// <summary>Forgets every update up to and including <paramref name="lastHandled"/>.</summary>
    Task RemoveThroughAsync(int lastHandled, CancellationToken cancellationToken);
}
