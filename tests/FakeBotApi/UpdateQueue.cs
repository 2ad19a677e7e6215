using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

/// <summary>Pending updates with Telegram's getUpdates semantics: ids ascending, confirmed by a later offset,
/// filtered by the last <c>allowed_updates</c>, one poller at a time (a newer poll ends the older with 409).</summary>
internal sealed class UpdateQueue(int idsAfter)
{
    private static readonly HashSet<UpdateType> NotInDefault = [UpdateType.ChatMember, UpdateType.MessageReaction, UpdateType.MessageReactionCount];
    private readonly Lock _lock = new();
    private readonly List<Update> _pending = [];
    private TaskCompletionSource _arrived = NewSignal();
    private TaskCompletionSource? _activePoll;
    private TaskCompletionSource _pollStarted = NewSignal();
    private HashSet<UpdateType>? _allowed;
    private int _nextId = idsAfter;
    private int _confirmedBelow;

    public int Count
    {
        get { lock (_lock) return _pending.Count; }
    }

    /// <summary>Every update id below this was confirmed by an offset.</summary>
    public int ConfirmedBelow
    {
        get { lock (_lock) return _confirmedBelow; }
    }

    public Update Add(Update update)
    {
        TaskCompletionSource signal;
        lock (_lock)
        {
            update.Id = ++_nextId;
            _pending.Add(update);
            signal = _arrived;
            _arrived = NewSignal();
        }
        signal.TrySetResult();
        return update;
    }

    public void Clear()
    {
        lock (_lock) _pending.Clear();
    }

    /// <summary>Confirms updates below <paramref name="offset"/> and remembers the filter; returns the poll's supersession signal.</summary>
    public Task BeginPoll(int offset, IReadOnlyList<UpdateType>? allowed)
    {
        TaskCompletionSource? previous;
        var mine = NewSignal();
        lock (_lock)
        {
            if (offset > 0)
            {
                _pending.RemoveAll(u => u.Id < offset);
                _confirmedBelow = Math.Max(_confirmedBelow, offset);
            }
            if (allowed is not null) _allowed = allowed.Count == 0 ? null : [.. allowed];
            previous = _activePoll;
            _activePoll = mine;
            _pollStarted.TrySetResult();
        }
        previous?.TrySetResult();
        return mine.Task;
    }

    public void SetAllowed(IReadOnlyList<UpdateType> allowed)
    {
        lock (_lock) _allowed = allowed.Count == 0 ? null : [.. allowed];
    }

    public void EndPoll(Task poll)
    {
        lock (_lock)
            if (_activePoll?.Task == poll)
            {
                _activePoll = null;
                _pollStarted = NewSignal();
            }
    }

    /// <summary>Completes while a getUpdates call is being held.</summary>
    public Task Polling()
    {
        lock (_lock) return _pollStarted.Task;
    }

    public (IReadOnlyList<Update> Updates, Task Arrived) Take(int limit)
    {
        lock (_lock)
        {
            var ready = _pending.Where(IsAllowed).Take(limit).ToList();
            return (ready, _arrived.Task);
        }
    }

    /// <summary>Removes an update delivered by webhook.</summary>
    public bool Remove(Update update)
    {
        lock (_lock) return _pending.Remove(update);
    }

    private bool IsAllowed(Update update) => _allowed is null ? !NotInDefault.Contains(update.Type) : _allowed.Contains(update.Type);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
