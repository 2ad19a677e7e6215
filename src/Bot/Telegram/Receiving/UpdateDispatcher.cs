using System.Collections.Concurrent;
using System.Threading.Channels;
using Bot.Storage;
using Bot.Telegram.Handling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>Handles updates concurrently across chats and in order within a chat: one lane per chat, lanes with work
/// wait in a ready queue, <c>Telegram:MaxConcurrentUpdates</c> workers take one update from a lane at a time. A worker
/// stays with its update only while there is work: once the update waits (a reply's flood-limit turn, a 429), the
/// worker takes another chat's lane, and the waiting chat's lane goes back to the ready queue when its update is done.
/// A lane holds at most <c>Telegram:MaxQueuedUpdatesPerChat</c> updates; newer ones are dropped, one log line per chat
/// and burst. Updates come in through <see cref="AcceptAsync"/>, which keeps them in the <see cref="IUpdateInbox"/>
/// first; they leave it once they and every earlier one are handled (or dropped), and whatever is left at a restart is
/// handled first.</summary>
public sealed partial class UpdateDispatcher(
    UpdateHandler handler,
    IUpdateInbox inbox,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<UpdateDispatcher> logger) : IUpdateQueue
{
    private static readonly TimeSpan RetryTrimAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan TrimInterval = TimeSpan.FromMilliseconds(100);
    /// <summary>A chat that keeps its queue full gets a line at least this often, not only once it catches up.</summary>
    private static readonly TimeSpan DropReportInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<long, ChatLane> _lanes = new();
    // Per run (a start to its stop): a poller that loses its role stops the dispatcher and starts it again on taking the role back.
    private Channel<ChatLane> _ready = Channel.CreateUnbounded<ChatLane>();
    private HandledUpdates _handled = new();
    private CancellationTokenSource _abort = new();
    private CancellationTokenSource _stopTrimming = new();
    private bool _stopped;
    // Updates kept from before this start (ids only grow): one of them may be what brought the previous process down.
    private int? _keptThrough;
    private Task[] _workers = [];
    private Task _trimming = Task.CompletedTask;

    /// <summary>Every update dispatched up to this id has been handled.</summary>
    public int? LastHandled => _handled.LastHandled;

    public int Pending => _handled.Pending;

    /// <summary>Chats with updates queued or in hand (tests: an idle chat holds nothing).</summary>
    internal int ActiveChats => _lanes.Count;

    /// <summary>Starts the workers and hands them what the inbox kept from before the restart.</summary>
    /// <returns>The highest update id ever received (null on a first start): polling resumes after it.</returns>
    public async Task<int?> StartAsync(CancellationToken cancellationToken)
    {
        if (_stopped) ResetRun();
        var (lastReceived, pending) = await inbox.OpenAsync(cancellationToken);
        _keptThrough = pending.Count > 0 ? pending[^1].Id : null;
        _workers = [.. Enumerable.Range(0, options.Value.MaxConcurrentUpdates).Select(_ => Task.Run(WorkAsync))];
        _trimming = Task.Run(TrimAsync);
        if (pending.Count > 0) LogResuming(pending.Count, pending[0].Id);
        foreach (var update in pending) Dispatch(update);
        return lastReceived;
    }

    /// <summary>After a stop every task of the previous run has ended (<see cref="StopAsync"/> waits for them): what it
    /// left unhandled is in the inbox, which the next start reads again.</summary>
    private void ResetRun()
    {
        _lanes.Clear();
        _ready = Channel.CreateUnbounded<ChatLane>();
        _handled = new HandledUpdates();
        (_abort, _stopTrimming) = (new CancellationTokenSource(), new CancellationTokenSource());
        _stopped = false;
    }

    /// <summary>Keeps the updates in the inbox (durable when this returns), then dispatches those not seen before.</summary>
    public async Task<int> AcceptAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        var added = await inbox.AddAsync(updates, cancellationToken);
        foreach (var update in added) Dispatch(update);
        return added.Count;
    }

    private void Dispatch(Update update)
    {
        _handled.Received(update.Id);
        var key = UpdateMapping.OrderingKey(update);
        while (true)
        {
            var lane = _lanes.GetOrAdd(key, k => new ChatLane(k));
            bool schedule;
            DroppedUpdates? report = null;
            lock (lane)
            {
                // Retired between the lookup and the lock: its last update is handled, so a new lane keeps the order.
                if (lane.Retired) continue;
                if (lane.Queue.Count >= options.Value.MaxQueuedUpdatesPerChat)
                {
                    report = Drop(lane, update);
                    schedule = false;
                }
                else
                {
                    lane.Queue.Enqueue(update);
                    schedule = !lane.Scheduled;
                    lane.Scheduled = true;
                }
            }
            if (report is not null) LogDropped(lane.Key, report);
            if (schedule) _ready.Writer.TryWrite(lane);
            return;
        }
    }

    /// <summary>Turns an update away from a full lane (it counts as handled, so the inbox lets it go). Returns the
    /// burst to log when the chat has kept its queue full for a while.</summary>
    private DroppedUpdates? Drop(ChatLane lane, Update update)
    {
        _handled.Completed(update.Id);
        DroppedUpdates? report = null;
        if (lane.Dropped is { } burst && time.GetElapsedTime(burst.Since) >= DropReportInterval)
        {
            report = burst;
            lane.Dropped = null;
        }
        (lane.Dropped ??= new DroppedUpdates(time.GetTimestamp())).Add(update);
        return report;
    }

    /// <summary>Completes when every dispatched update has been handled.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _handled.WhenIdle().WaitAsync(cancellationToken);

    /// <summary>Completes once <see cref="LastHandled"/> has moved past <paramref name="handled"/>, or nothing is pending.</summary>
    public Task WhenAdvancedAsync(int? handled, CancellationToken cancellationToken) =>
        _handled.WhenAdvancedPast(handled).WaitAsync(cancellationToken);

    /// <summary>Lets work in hand finish for up to <paramref name="grace"/>, then cancels what is left (it stays in the
    /// inbox and is handled after a restart).</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        try
        {
            await _handled.WhenIdle().WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            LogAbandoned(_handled.Pending);
        }
        await _abort.CancelAsync();
        _ready.Writer.TryComplete();
        await Task.WhenAll(_workers);
        // Updates whose workers moved on while they waited; cancelled now, they stay in the inbox.
        await Task.WhenAll(_lanes.Values.Select(l => l.Handling));
        foreach (var lane in _lanes.Values) ReportDropped(lane);
        await _stopTrimming.CancelAsync();
        await _trimming;
        if (LastHandled is { } last) await TryTrimAsync(last);
        _stopped = true;
    }

    /// <summary>Removes handled updates from the inbox as the handled prefix grows; one delete covers every update that
    /// finished while the previous one ran.</summary>
    private async Task TrimAsync()
    {
        int? trimmed = null;
        try
        {
            while (true)
            {
                await _handled.WhenBeyond(trimmed).WaitAsync(_stopTrimming.Token);
                if (LastHandled is not { } last) continue;
                if (await TryTrimAsync(last)) trimmed = last;
                // One delete per interval at most: under load the handled prefix moves with every reply, and each
                // delete takes SQLite's single write lock away from the batches being kept.
                await Task.Delay(trimmed == last ? TrimInterval : RetryTrimAfter, time, _stopTrimming.Token);
            }
        }
        catch (OperationCanceledException) when (_stopTrimming.IsCancellationRequested)
        {
            // stopping: StopAsync trims once more
        }
    }

    private async Task<bool> TryTrimAsync(int lastHandled)
    {
        try
        {
            await inbox.RemoveThroughAsync(lastHandled, CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            // Harmless if it persists: a restart would handle these updates once more.
            LogTrimFailed(ex, lastHandled);
            return false;
        }
    }

    /// <summary>Only an update in hand at a stop counts a restart toward the poison limit: those merely queued behind a
    /// slow chat must survive quick restarts. Only updates kept from before this start are marked: a fresh update that
    /// brings the process down is kept, so the next start marks it; marking every update cost a database write per
    /// update (14 % of the bot's CPU per command in a profile) for one crash less before a poison update is counted.</summary>
    private async Task MarkInHandAsync(int updateId)
    {
        if (_keptThrough is not { } kept || updateId > kept) return;
        try
        {
            await inbox.MarkInHandAsync(updateId, _abort.Token);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            // Handled all the same; should this update bring the process down, the next start just does not count it.
            LogMarkFailed(ex, updateId);
        }
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var lane in _ready.Reader.ReadAllAsync(_abort.Token))
            {
                var slot = new WorkerSlot();
                lane.Handling = HandleNextAsync(lane, slot);
                // Free for the next lane once this update is done or waits for something other than work.
                await slot.Released;
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // shutting down: updates in hand stay in the inbox
        }
    }

    /// <summary>Handles the lane's oldest update, then puts the lane back in the ready queue, or retires it when empty.</summary>
    private async Task HandleNextAsync(ChatLane lane, WorkerSlot slot)
    {
        slot.Hold();
        try
        {
            Update update;
            lock (lane) update = lane.Queue.Peek();
            await MarkInHandAsync(update.Id);
            await handler.HandleAsync(update, _abort.Token);
            _handled.Completed(update.Id);
            bool more;
            lock (lane)
            {
                lane.Queue.Dequeue();
                more = lane.Queue.Count > 0;
                lane.Scheduled = more;
                if (!more)
                {
                    // Every chat that ever wrote would otherwise keep its lane for the life of the process.
                    lane.Retired = true;
                    _lanes.TryRemove(new KeyValuePair<long, ChatLane>(lane.Key, lane));
                }
            }
            if (more) _ready.Writer.TryWrite(lane);
            else ReportDropped(lane);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // shutting down: the update in hand stays in the inbox
        }
        finally
        {
            slot.Release();
        }
    }

    /// <summary>The chat's backlog is gone (or the bot stops): one line for what it turned away meanwhile.</summary>
    private void ReportDropped(ChatLane lane)
    {
        DroppedUpdates? burst;
        lock (lane)
        {
            burst = lane.Dropped;
            lane.Dropped = null;
        }
        if (burst is not null) LogDropped(lane.Key, burst);
    }

    private void LogDropped(long chatId, DroppedUpdates burst) =>
        LogDropped(chatId, options.Value.MaxQueuedUpdatesPerChat, burst.Count, burst.FirstId, burst.LastId, burst.Kinds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping with {Count} updates unhandled; they stay in the inbox and are handled after a restart")]
    private partial void LogAbandoned(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handling {Count} updates kept from before the restart, from update {FirstId}")]
    private partial void LogResuming(int count, int firstId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} had {Limit} updates waiting (Telegram:MaxQueuedUpdatesPerChat): dropped {Count} newer ones, updates {FirstId}–{LastId} ({Kinds})")]
    private partial void LogDropped(long chatId, int limit, int count, int firstId, int lastId, string kinds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record update {UpdateId} as in hand in the inbox; handling it anyway")]
    private partial void LogMarkFailed(Exception exception, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove handled updates through {UpdateId} from the inbox; retrying")]
    private partial void LogTrimFailed(Exception exception, int updateId);
}
