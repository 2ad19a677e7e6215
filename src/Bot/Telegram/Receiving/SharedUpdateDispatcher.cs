using System.Collections.Concurrent;
using Bot.Storage;
using Bot.Telegram.Handling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>Handles updates when several instances receive them (webhooks behind a load balancer) and share one
/// database. Every update is kept in the <see cref="ISharedUpdateInbox"/> under its chat; a chat is worked on by the
/// instance that claimed it, one update at a time, oldest first, until it has none left. The instance that receives an
/// update claims its chat at once when the chat is free, so an idle chat is answered without a round of polling; the
/// chat's holder otherwise finds it after its current update. Every <see cref="SweepInterval"/> each instance renews its
/// claims and claims chats that have updates waiting and nobody working on them: updates that came in while their
/// holder let go, and the chats of an instance that died, once its claims ran out (<see cref="ISharedUpdateInbox.ClaimFor"/>).
/// At most <c>Telegram:MaxConcurrentUpdates</c> updates are handled at once per instance; one whose reply waits for
/// its flood-limit turn gives its worker up meanwhile (<see cref="WorkerSlot"/>).</summary>
public sealed partial class SharedUpdateDispatcher(
    UpdateHandler handler,
    ISharedUpdateInbox inbox,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<SharedUpdateDispatcher> logger) : IUpdateQueue, IDisposable
{
    /// <summary>How often claims are renewed and waiting chats looked for: the longest an update waits when it arrived
    /// just as its chat's holder let go.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan ForgetInterval = TimeSpan.FromMinutes(10);

    /// <summary>Chats this instance holds, each with the loop working on it.</summary>
    private readonly ConcurrentDictionary<long, HeldChat> _chats = new();
    private readonly SemaphoreSlim _workers = new(options.Value.MaxConcurrentUpdates, options.Value.MaxConcurrentUpdates);
    /// <summary>Cancelled first at a stop: chats take no further update.</summary>
    private readonly CancellationTokenSource _stopping = new();
    /// <summary>Cancelled once the grace is over: updates in hand are abandoned (they stay kept and count a restart).</summary>
    private readonly CancellationTokenSource _abort = new();
    private Task _sweeping = Task.CompletedTask;

    /// <summary>Chats this instance is working on.</summary>
    public int Pending => _chats.Count;

    public async Task<int?> StartAsync(CancellationToken cancellationToken)
    {
        await inbox.AdoptAsync(UpdateMapping.OrderingKey, cancellationToken);
        _sweeping = Task.Run(SweepAsync, CancellationToken.None);
        // Polling's resume point: meaningless here, where Telegram pushes.
        return null;
    }

    public async Task<int> AcceptAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var update in updates)
        {
            var chatKey = UpdateMapping.OrderingKey(update);
            if (!await inbox.AddAsync(update, chatKey, cancellationToken)) continue;
            added++;
            // Kept and durable: from here on some instance handles it, and Telegram may have its 200. Claiming the chat
            // here only saves a sweep's wait, so it runs beside the answer and a failure is left to the sweep.
            _ = TryTakeChatLoggedAsync(chatKey);
        }
        return added;
    }

    private async Task TryTakeChatLoggedAsync(long chatKey)
    {
        try
        {
            await TryTakeChatAsync(chatKey);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            LogClaimFailed(ex, chatKey);
        }
    }

    /// <summary>Claims the chat unless this instance already works on it (its loop then finds the new update).</summary>
    private async Task TryTakeChatAsync(long chatKey)
    {
        if (_stopping.IsCancellationRequested) return;
        var held = new HeldChat();
        if (!_chats.TryAdd(chatKey, held)) return;
        var claimed = false;
        try
        {
            claimed = await inbox.TryClaimChatAsync(chatKey, CancellationToken.None);
        }
        finally
        {
            if (claimed) held.Loop = RunChatAsync(chatKey, held);
            else _chats.TryRemove(new KeyValuePair<long, HeldChat>(chatKey, held));
        }
    }

    /// <summary>A chat the sweep claimed: worked on here unless a loop already runs for it (which then goes on).</summary>
    private void StartClaimed(long chatKey)
    {
        var held = new HeldChat();
        if (_chats.TryAdd(chatKey, held)) held.Loop = RunChatAsync(chatKey, held);
    }

    /// <summary>Works on a claimed chat until it has no update left (then gives it up), the claim is lost, or the
    /// instance stops.</summary>
    private async Task RunChatAsync(long chatKey, HeldChat held)
    {
        // The caller records this loop in `held` before it runs.
        await Task.Yield();
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                // A worker before the update: taking it marks it in hand, and a stop counts a restart against every update
                // in hand. Taken while it waited for a worker, an update never tried would count one (and several chats
                // waiting would put more updates in hand than there are workers, all of them repeatable).
                await _workers.WaitAsync(_abort.Token);
                Update? update;
                try
                {
                    update = await inbox.TakeNextAsync(chatKey, _abort.Token);
                }
                catch
                {
                    _workers.Release();
                    throw;
                }

                if (update is null)
                {
                    _workers.Release();
                    if (await inbox.TryReleaseChatAsync(chatKey, _abort.Token)) return;
                    continue;
                }
                await HandleAsync(update);
                await inbox.CompleteAsync(update.Id, _abort.Token);
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // stopping: an update in hand stays kept and is handled by whoever takes the chat next
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            // The claim is no longer renewed: it runs out and a sweep (here or elsewhere) takes the chat again.
            LogChatFailed(ex, chatKey);
        }
        finally
        {
            _chats.TryRemove(new KeyValuePair<long, HeldChat>(chatKey, held));
        }
    }

    /// <summary>Handles one update on the worker its chat's loop took; the worker is free again once the update is done
    /// or waits for something that is not work.</summary>
    private async Task HandleAsync(Update update)
    {
        var slot = new WorkerSlot();
        Task handling;
        try
        {
            handling = HoldAsync(update, slot);
            await slot.Released;
        }
        finally
        {
            _workers.Release();
        }
        await handling;
    }

    private async Task HoldAsync(Update update, WorkerSlot slot)
    {
        slot.Hold();
        try
        {
            await handler.HandleAsync(update, _abort.Token);
        }
        finally
        {
            slot.Release();
        }
    }

    private async Task SweepAsync()
    {
        var forgotten = time.GetTimestamp();
        try
        {
            while (true)
            {
                await Task.Delay(SweepInterval, time, _stopping.Token);
                try
                {
                    await inbox.RenewAsync([.. _chats.Keys], _stopping.Token);
                    var room = options.Value.MaxConcurrentUpdates - _chats.Count;
                    foreach (var chatKey in await inbox.ClaimWaitingChatsAsync(room, _stopping.Token)) StartClaimed(chatKey);
                    if (time.GetElapsedTime(forgotten) >= ForgetInterval)
                    {
                        await inbox.ForgetHandledAsync(_stopping.Token);
                        forgotten = time.GetTimestamp();
                    }
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
                {
                    LogSweepFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // stopping
        }
    }

    public async Task StopAsync(TimeSpan grace)
    {
        await _stopping.CancelAsync();
        await _sweeping;
        var loops = Task.WhenAll(_chats.Values.Select(c => c.Loop));
        try
        {
            await loops.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            LogAbandoned(_chats.Count);
        }
        await _abort.CancelAsync();
        await loops;
        try
        {
            await inbox.ReleaseAllAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            // Harmless: the claims run out by themselves.
            LogReleaseFailed(ex);
        }
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _abort.Dispose();
        _workers.Dispose();
    }

    /// <summary>A chat this instance holds (or is claiming) and the loop working on it.</summary>
    private sealed class HeldChat
    {
        public Task Loop { get; set; } = Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not claim chat {ChatId} for an update just kept; the next sweep takes it")]
    private partial void LogClaimFailed(Exception exception, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Working on chat {ChatId} failed; its claim runs out and the chat is taken again")]
    private partial void LogChatFailed(Exception exception, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing claims or looking for waiting chats failed; trying again")]
    private partial void LogSweepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping with {Count} chats in hand; their updates stay kept and other instances take them over")]
    private partial void LogAbandoned(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not give the chats back at stop; other instances take them over once the claims run out")]
    private partial void LogReleaseFailed(Exception exception);
}
