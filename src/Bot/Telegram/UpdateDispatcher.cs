using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Handles updates concurrently across chats and in order within a chat: one lane per chat, lanes with work
/// wait in a ready queue, <c>Telegram:MaxConcurrentUpdates</c> workers take one update from a lane at a time.</summary>
public sealed partial class UpdateDispatcher(UpdateHandler handler, IOptions<TelegramOptions> options, ILogger<UpdateDispatcher> logger)
{
    private readonly ConcurrentDictionary<long, ChatLane> _lanes = new();
    private readonly Channel<ChatLane> _ready = Channel.CreateUnbounded<ChatLane>();
    private readonly HandledUpdates _handled = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _startLock = new();
    private Task[] _workers = [];

    /// <summary>Every update dispatched up to this id has been handled.</summary>
    public int? LastHandled => _handled.LastHandled;

    public int Pending => _handled.Pending;

    public void Start()
    {
        lock (_startLock)
        {
            if (_workers.Length > 0) return;
            _workers = [.. Enumerable.Range(0, options.Value.MaxConcurrentUpdates).Select(_ => Task.Run(WorkAsync))];
        }
    }

    public void Dispatch(Update update)
    {
        _handled.Received(update.Id);
        var lane = _lanes.GetOrAdd(UpdateMapping.OrderingKey(update), key => new ChatLane(key));
        bool schedule;
        lock (lane)
        {
            lane.Queue.Enqueue(update);
            schedule = !lane.Scheduled;
            lane.Scheduled = true;
        }
        if (schedule) _ready.Writer.TryWrite(lane);
    }

    /// <summary>Completes when every dispatched update has been handled.</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken) => _handled.WhenIdle().WaitAsync(cancellationToken);

    /// <summary>Completes once <see cref="LastHandled"/> has moved past <paramref name="handled"/>, or nothing is pending.</summary>
    public Task WhenAdvancedAsync(int? handled, CancellationToken cancellationToken) =>
        _handled.WhenAdvancedPast(handled).WaitAsync(cancellationToken);

    /// <summary>Lets work in hand finish for up to <paramref name="grace"/>, then cancels what is left (it stays
    /// unconfirmed, so Telegram delivers it again after a restart).</summary>
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
    }

    private async Task WorkAsync()
    {
        try
        {
            await foreach (var lane in _ready.Reader.ReadAllAsync(_abort.Token))
            {
                Update update;
                lock (lane) update = lane.Queue.Peek();
                await handler.HandleAsync(update, _abort.Token);
                _handled.Completed(update.Id);
                bool more;
                lock (lane)
                {
                    lane.Queue.Dequeue();
                    more = lane.Queue.Count > 0;
                    lane.Scheduled = more;
                }
                if (more) _ready.Writer.TryWrite(lane);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // shutting down: the update in hand stays unconfirmed
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping with {Count} updates unhandled; they will be received again after a restart")]
    private partial void LogAbandoned(int count);
}
