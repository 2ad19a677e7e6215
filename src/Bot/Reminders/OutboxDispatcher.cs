using Bot.Storage;
using Bot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Reminders;

/// <summary>Drains the outbox: one worker per chat keeps that chat's order, the transport waits at the flood gate, and a
/// row is marked sent only after Telegram accepted it. On start it simply resumes with whatever is still pending.
/// Reminders and the other announcements (digests, "slides are out", "moved") drain in two separate lanes, each with its
/// own rows in memory, chat workers and in-flight slots: a 1-minute reminder never queues behind a broadcast to every
/// subscriber (300 "slides are out" posts ahead of it made one 10 s late at 30/s), and at the gate it goes before them.</summary>
/// <remarks>At most <see cref="FloodLimitOptions.EffectiveMaxInFlight"/> messages per lane are between "turn requested" and
/// "outcome recorded" at any time. That is the crash bound: a message Telegram accepted but whose answer the process had
/// not yet processed and recorded (a cold or starved process can lag seconds behind the wire) repeats after a restart,
/// and there are never more of those than slots.
/// <para>Only the instance that plays <see cref="ClusterRole.Sending"/> drains the outbox, so one flood gate paces
/// everything the token sends from it however many instances share the database; the others only queue rows and stand
/// by. A new sender first takes over the rows its dead predecessor had claimed (the repeats are then at most its slots
/// too), and a sender that loses the role stops at once (its calls on the wire are abandoned; their rows stay pending
/// for the next sender).</para></remarks>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox, IMessageTransport transport, IOptions<FloodLimitOptions> limits, IOptions<ReminderOptions> reminders,
    ILeadership leadership, TimeProvider time, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    // Rows held in memory, each with a waiting worker: over half a minute of sending at Telegram's 30 messages a second,
    // and few enough that a 10,000-chat broadcast does not hold a task per chat (5,000 cost about 5 MB at the peak).
    private const int Capacity = 1000;
    private static readonly TimeSpan RescanEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMinutes(5);
    private readonly int _maxAttempts = reminders.Value.OutboxMaxAttempts;
    private readonly TimeSpan _maxAge = reminders.Value.OutboxMaxAge;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _signal = new(0);
    private static readonly TimeSpan RetryRoleAfter = TimeSpan.FromSeconds(2);

    // Replaced when the sending role is lost: that term's workers may still be unwinding with the old lanes.
    private OutboxLane[] _lanes = NewLanes(limits.Value.EffectiveMaxInFlight);

    /// <summary>New rows were written: look now rather than at the next poll.</summary>
    public void Notify() => _signal.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendWhileSenderAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The election or the take-over could not reach the database: try again; the host keeps running.
                LogRoleFailed(ex);
                try
                {
                    await Task.Delay(RetryRoleAfter, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Waits until this instance plays the sending role, then drains the outbox until the host stops or the
    /// role is lost.</summary>
    private async Task SendWhileSenderAsync(CancellationToken stoppingToken)
    {
        await using var lease = await leadership.AcquireAsync(ClusterRole.Sending, stoppingToken);
        using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
        try
        {
            var takenOver = await outbox.TakeOverClaimsAsync(term.Token);
            if (takenOver > 0)
            {
                // The previous sender was sending until a moment ago, and Telegram counts per token: wait out the window
                // its last sends fall in, as a restarted process's gate does (FloodLimitOptions.StartupHold).
                await Task.Delay(limits.Value.StartupHold, time, term.Token);
            }

            LogSending(takenOver);
            await FillLoopAsync(term.Token);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
        }

        if (lease.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // Workers cancelled mid-term leave their rows counted in the old lanes; the next term starts afresh.
            lock (_lock) _lanes = NewLanes(limits.Value.EffectiveMaxInFlight);
            LogRoleLost();
        }
    }

    private static OutboxLane[] NewLanes(int slots) => [new(reminders: true, slots), new(reminders: false, slots)];

    private async Task FillLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                OutboxLane[] lanes;
                lock (_lock) lanes = _lanes;
                foreach (var lane in lanes)
                {
                    await FillAsync(lane, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFillFailed(ex);
            }

            try
            {
                await _signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task FillAsync(OutboxLane lane, CancellationToken ct)
    {
        while (true)
        {
            int room;
            lock (_lock)
            {
                room = Capacity - lane.InMemory;
                if (lane.InMemory == 0 && time.GetElapsedTime(lane.LastRescan) >= RescanEvery)
                {
                    // Nothing in memory: safe to look again from the start for rows a failed worker left behind.
                    lane.Cursor = 0;
                    lane.LastRescan = time.GetTimestamp();
                }
            }

            if (room <= 0)
            {
                return;
            }

            var rows = await outbox.PendingAsync(Math.Min(room, 1000), lane.Cursor, lane.Reminders, ct);
            if (rows.Count == 0)
            {
                return;
            }

            lock (_lock)
            {
                lane.Cursor = rows[^1].Id;
                lane.InMemory += rows.Count;
                foreach (var row in rows)
                {
                    if (lane.Queues.TryGetValue(row.ChatId, out var queue))
                    {
                        queue.Enqueue(row);
                        continue;
                    }

                    lane.Queues[row.ChatId] = new Queue<OutboxEntry>([row]);
                    _ = Task.Run(() => RunChatAsync(lane, row.ChatId, ct), CancellationToken.None);
                }
            }
        }
    }

    private async Task RunChatAsync(OutboxLane lane, long chatId, CancellationToken ct)
    {
        var target = chatId;
        while (!ct.IsCancellationRequested)
        {
            OutboxEntry entry;
            lock (_lock)
            {
                if (!lane.Queues.TryGetValue(chatId, out var queue) || !queue.TryPeek(out entry!))
                {
                    lane.Queues.Remove(chatId);
                    return;
                }
            }

            var keepGoing = true;
            try
            {
                (keepGoing, target) = await DeliverAsync(lane.InFlight, entry, target, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The row stays pending in the database; the next rescan retries it.
                LogDeliveryFailed(ex, entry.Id, target);
            }

            lock (_lock)
            {
                var queue = lane.Queues[chatId];
                var dropped = keepGoing ? 1 : queue.Count;
                if (keepGoing)
                {
                    queue.Dequeue();
                }
                else
                {
                    queue.Clear();
                }

                lane.InMemory -= dropped;
            }
        }
    }

    /// <returns>Whether the chat can take more messages, and the id to reach it by (changes on migration).</returns>
    private async Task<(bool KeepGoing, long Target)> DeliverAsync(SemaphoreSlim inFlight, OutboxEntry entry, long target, CancellationToken ct)
    {
        var backOff = TimeSpan.FromSeconds(1);
        while (true)
        {
            // Checked before every attempt, the first included: a row found pending after a long outage is as stale as
            // one that kept failing.
            if (time.GetUtcNow() - entry.CreatedAt >= _maxAge)
            {
                await GiveUpAsync(entry, target, ct);
                return (true, target);
            }

            Step step;
            await inFlight.WaitAsync(ct);
            try
            {
                step = await SendAndRecordAsync(entry, target, ct);
            }
            finally
            {
                inFlight.Release();
            }

            if (step.Outcome is { } done)
            {
                return done;
            }

            entry = entry with { Attempts = entry.Attempts + 1, LastError = step.Failure };

            // Waiting out a back-off holds no slot: the slots bound what is on the wire or unrecorded, not what is pending.
            if (step.BackOff)
            {
                await Task.Delay(backOff, time, ct);
                backOff = TimeSpan.FromTicks(Math.Min(LongestBackOff.Ticks, backOff.Ticks * 2));
            }
        }
    }

    /// <returns>The outcome, or none to try again (after a back-off when the failure was transient).</returns>
    private async Task<Step> SendAndRecordAsync(OutboxEntry entry, long target, CancellationToken ct)
    {
        var result = await transport.SendAsync(new OutgoingMessage(target, entry.Html, entry.ThreadId, entry.IsReminder), ct);
        switch (result.Status)
        {
            case SendStatus.Sent when result.ChatId != target:
                // The group had become a supergroup: the lifecycle has moved its subscription and pending rows there.
                await outbox.MarkSentAsync(entry.Id, CancellationToken.None);
                return new Step((true, result.ChatId));
            case SendStatus.Sent:
                await outbox.MarkSentAsync(entry.Id, CancellationToken.None);
                return new Step((true, target));
            case SendStatus.RateLimited or SendStatus.Failed when entry.Attempts + 1 >= _maxAttempts:
                await GiveUpAsync(entry with { Attempts = entry.Attempts + 1, LastError = Reason(result) }, target, ct);
                return new Step((true, target));
            case SendStatus.RateLimited:
                // The sender told the gate; the next attempt waits there for this chat only.
                await outbox.RecordFailureAsync(entry.Id, Reason(result), ct);
                LogTooManyRequests(target, result.RetryAfter?.TotalSeconds ?? 0);
                return new Step(null, Failure: Reason(result));
            case SendStatus.ChatGone:
                // The lifecycle has deactivated the chat and dropped its pending rows.
                await outbox.MarkDroppedAsync(entry.Id, Reason(result), ct);
                return new Step((false, target));
            case SendStatus.Rejected:
                LogRejected(entry.Id, target, result.ErrorCode, Reason(result));
                await outbox.MarkDroppedAsync(entry.Id, Reason(result), ct);
                return new Step((true, target));
            default:
                LogTransient(target, Reason(result));
                await outbox.RecordFailureAsync(entry.Id, Reason(result), ct);
                return new Step(null, BackOff: true, Failure: Reason(result));
        }
    }

    /// <summary>Drops a row out of attempts or too old; once, as a dropped row is never read again.</summary>
    private async Task GiveUpAsync(OutboxEntry entry, long target, CancellationToken ct)
    {
        var age = time.GetUtcNow() - entry.CreatedAt;
        var lastError = entry.LastError ?? "none";
        LogGaveUp(entry.Id, entry.AnnouncementKey, target, entry.Attempts, age, lastError);
        await outbox.MarkDroppedAsync(entry.Id, $"gave up after {entry.Attempts} failed attempts, {age} after it was queued: {lastError}", ct);
    }

    private static string Reason(SendResult result) => result.Error ?? result.Status.ToString();

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance now sends the outbox ({TakenOver} rows another instance had claimed taken over)")]
    private partial void LogSending(int takenOver);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance lost the sending role and stopped sending the outbox; its unsent rows stay pending for the next sender")]
    private partial void LogRoleLost();

    [LoggerMessage(Level = LogLevel.Error, Message = "Taking the sending role failed; trying again shortly")]
    private partial void LogRoleFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the outbox failed; retrying shortly")]
    private partial void LogFillFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outbox row {RowId} to chat {ChatId} failed; it stays pending")]
    private partial void LogDeliveryFailed(Exception exception, long rowId, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked chat {ChatId} to wait {Seconds} s (429); only that chat waits")]
    private partial void LogTooManyRequests(long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending to chat {ChatId} failed transiently ({Reason}); retrying with back-off")]
    private partial void LogTransient(long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {RowId} ({AnnouncementKey}) for chat {ChatId} dropped after {Attempts} failed attempts, {Age} after it was queued (Reminders:OutboxMaxAttempts, Reminders:OutboxMaxAge); last error: {LastError}")]
    private partial void LogGaveUp(long rowId, string announcementKey, long chatId, int attempts, TimeSpan age, string lastError);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram rejected outbox row {RowId} for chat {ChatId} with {ErrorCode}: {Reason}; dropped")]
    private partial void LogRejected(long rowId, long chatId, int? errorCode, string reason);

    /// <param name="Outcome">Whether the chat can take more and where it is now; none to try the row again.</param>
    /// <param name="Failure">Why it failed, when it is to be tried again.</param>
    private readonly record struct Step((bool KeepGoing, long Target)? Outcome, bool BackOff = false, string? Failure = null);
}
