namespace Bot.Telegram;

/// <summary>One of the dispatcher's <c>Telegram:MaxConcurrentUpdates</c> workers, held by the update being handled.
/// Code about to wait for something that is not work (a flood-limit turn, a 429's <c>retry_after</c>, a retry's
/// back-off) gives it up with <see cref="ReleaseCurrent"/>, so a group over its 20 messages a minute does not keep a
/// worker from every other chat. The update goes on without it (its chat's later updates still wait for it); what it
/// does after the wait is one call to Telegram, which the flood gate already bounds.</summary>
/// <remarks>Ambient (an <see cref="AsyncLocal{T}"/> the dispatcher sets around one update) rather than a parameter:
/// the waits are deep in the sender, below handlers that should not know how they are scheduled.</remarks>
public sealed class WorkerSlot
{
    private static readonly AsyncLocal<WorkerSlot?> Held = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the update holding the slot finished or started waiting.</summary>
    public Task Released => _released.Task;

    /// <summary>Makes this the slot of the current asynchronous flow (the dispatcher, around one update).</summary>
    public void Hold() => Held.Value = this;

    public void Release() => _released.TrySetResult();

    /// <summary>Gives up the current flow's slot, if it holds one; harmless outside the dispatcher and when repeated.</summary>
    public static void ReleaseCurrent() => Held.Value?.Release();
}
