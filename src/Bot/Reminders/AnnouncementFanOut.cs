using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Reminders;

/// <summary>Turns one announcement into one outbox row per subscribed chat, rendered in that chat's language and zone.
/// Writing is idempotent (unique key per chat), so a job that fires twice cannot send twice.</summary>
public sealed partial class AnnouncementFanOut(
    EventCatalog catalog,
    IChatStore chats,
    IOutboxStore outbox,
    IAnnouncementLog log,
    OutboxDispatcher dispatcher,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<AnnouncementFanOut> logger)
{
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(1);

    public async Task<int> ReminderAsync(string eventId, TimeSpan lead, DateTimeOffset scheduledAt, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var evt = catalog.Current.Events.FirstOrDefault(e => e.Id == eventId);
        if (evt?.Start is { } start && (start - lead - scheduledAt).Duration() > LateAfter)
        {
            // The trigger was set for a start the page no longer gives; the synchroniser re-sets it for the new one.
            LogStale(eventId, LeadTime.Format(lead), scheduledAt, start);
            return 0;
        }

        var key = evt?.Start is { } at ? AnnouncementKeys.Reminder(eventId, at, lead) : $"reminder:{eventId}:gone:{LeadTime.Format(lead)}";
        if (now - scheduledAt > LateAfter)
        {
            LogLate(key, scheduledAt, now);
        }

        var messages = new List<OutboxMessage>();
        var verdicts = new Dictionary<ReminderVerdict, int>();
        foreach (var chat in await chats.ActiveSubscriptionsAsync(ct))
        {
            if (!chat.Wants(lead) || (evt is not null && !chat.Filter.Matches(evt)))
            {
                continue;
            }

            var verdict = MisfirePolicy.Decide(evt, lead, chat, now);
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            if (verdict == ReminderVerdict.Send)
            {
                messages.Add(Message(key, chat, AnnouncementRenderer.Reminder(evt!, lead, now, chat)));
            }
        }

        foreach (var (verdict, count) in verdicts.Where(v => v.Key != ReminderVerdict.Send))
        {
            LogDropped(key, verdict, count);
        }

        return await EnqueueAsync(key, messages, ct);
    }

    /// <summary>"Moved to …" to each subscribed chat that was already reminded of the old start (once per new start).</summary>
    public async Task<int> MovedAsync(EventMove move, CancellationToken ct)
    {
        var told = await outbox.ChatsAnnouncedAsync(AnnouncementKeys.ReminderPrefix(move.Event.Id, move.PreviousStart), ct);
        if (told.Count == 0)
        {
            return 0;
        }

        var key = AnnouncementKeys.Moved(move.Event.Id, move.Event.Start!.Value);
        var messages = (await chats.ActiveSubscriptionsAsync(ct))
            .Where(chat => told.Contains(chat.ChatId))
            .Select(chat => Message(key, chat, AnnouncementRenderer.Moved(move.Event, move.PreviousStart, chat)))
            .ToList();
        return await EnqueueAsync(key, messages, ct);
    }

    public async Task<int> DigestAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var key = AnnouncementKeys.Digest(TimeZoneInfo.ConvertTime(now, LocalTime.Zone(options.Value.TimeZone)));
        var events = catalog.Current.Events;
        if (DigestWindow.Select(events, now).Count == 0)
        {
            LogDigestSkipped(key);
            return 0;
        }

        var messages = (await chats.ActiveSubscriptionsAsync(ct))
            .Select(chat => (chat, text: AnnouncementRenderer.Digest(events, now, chat)))
            .Where(x => x.text is not null)
            .Select(x => Message(key, x.chat, x.text!))
            .ToList();
        return await EnqueueAsync(key, messages, ct);
    }

    /// <summary>Past events that just gained slides or a replay get one post each; the first look records a baseline.</summary>
    public async Task<int> MediaAsync(IReadOnlyList<Event> events, CancellationToken ct)
    {
        var isBaseline = !await log.HasBaselineAsync(ct);
        var plan = MediaAnnouncementPlanner.Plan(events, await log.EventsWithKnownMediaAsync(ct), time.GetUtcNow(), isBaseline);
        var sent = 0;
        if (plan.Announce.Count > 0)
        {
            var subscribers = await chats.ActiveSubscriptionsAsync(ct);
            foreach (var evt in plan.Announce)
            {
                var key = AnnouncementKeys.MediaOut(evt.Id);
                var messages = subscribers.Where(c => c.Filter.Matches(evt))
                    .Select(c => (c, text: AnnouncementRenderer.MediaOut(evt, c)))
                    .Where(x => x.text is not null)
                    .Select(x => Message(key, x.c, x.text!)).ToList();
                sent += await EnqueueAsync(key, messages, ct);
            }
        }

        // Recorded after the rows are written: a crash in between re-plans and the unique key absorbs the repeat.
        await log.RecordAsync(plan.Announce.Concat(plan.RecordOnly)
            .Select(e => (AnnouncementKeys.MediaOut(e.Id), (string?)e.Id, IAnnouncementLog.MediaKind)), ct);
        if (isBaseline)
        {
            await log.RecordBaselineAsync(ct);
        }

        return sent;
    }

    private async Task<int> EnqueueAsync(string key, List<OutboxMessage> messages, CancellationToken ct)
    {
        var added = messages.Count == 0 ? 0 : await outbox.EnqueueAsync(messages, ct);
        LogQueued(key, added, messages.Count - added);
        if (added > 0)
        {
            dispatcher.Notify();
        }

        return added;
    }

    private static OutboxMessage Message(string key, Subscription chat, string html) =>
        new(key, chat.ChatId, html, chat.IsGroup, chat.ThreadId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Key} fires late (due {DueAt:O}, now {Now:O}); wording says so")]
    private partial void LogLate(string key, DateTimeOffset dueAt, DateTimeOffset now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {Lead} for {EventId} was due at {DueAt:O} for a start that moved to {Start:O}; not sent")]
    private partial void LogStale(string eventId, string lead, DateTimeOffset dueAt, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key} not sent to {Count} chats: {Verdict}")]
    private partial void LogDropped(string key, ReminderVerdict verdict, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key}: no events this week, digest skipped")]
    private partial void LogDigestSkipped(string key);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Key}: {Added} messages queued ({Existing} already queued before)")]
    private partial void LogQueued(string key, int added, int existing);
}
