using Bot.Core.Catalog;
using System.Globalization;
using System.Text;
using Bot.Core.Events;
using Bot.Core.Formatting;
using Bot.Core.Localization;

namespace Bot.Core.Reminders;

/// <summary>Announcement texts in Telegram HTML, in the chat's language and time zone. Content is always escaped.</summary>
public static class AnnouncementRenderer
{
    private const int MaxTalksListed = 6;

    /// <summary>A reminder <paramref name="lead"/> before the start or, at lead time zero, the "live now" post; worded
    /// against the real now.</summary>
    public static string Reminder(Event evt, TimeSpan lead, DateTimeOffset now, Subscription chat)
    {
        var s = Strings.For(chat.Language).Announcements;
        var start = evt.Start ?? now;
        // Live is the start's own post (whatever the clock reads as it fires), or a reminder rendered at or after the
        // start. A reminder before it says when it starts, even a 1-minute one firing late, seconds before the start.
        var isLive = lead == LeadTime.Now || start <= now;
        var sb = new StringBuilder();
        var relative = isLive && start > now.AddMinutes(-1) ? s.LiveNow : RelativeTime.Describe(start, now, s);
        sb.Append(isLive ? "🔴 " : "⏰ ").Append(CultureInfo.InvariantCulture, $"<b>{Escape(evt.Title)}</b> {relative}");
        if (isLive && start <= now.AddMinutes(-1))
        {
            sb.Append(" · ").Append(s.LiveNow);
        }

        sb.Append('\n').Append("🕒 ").Append(LocalTime.Format(start, LocalTime.Zone(chat.TimeZoneId), s));
        if (evt.LiveUrl is { } live)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"📺 <a href=\"{Escape(live)}\">{s.LiveRoom}</a>");
        }

        if (evt.Venue is { Length: > 0 } venue && evt.Form != EventForm.Online)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"📍 {s.Venue}: {Escape(venue)}");
        }

        if (!isLive)
        {
            AppendTalks(sb, evt, s);
        }

        return sb.ToString();
    }

    /// <summary>"Moved to …" for a chat that was already reminded of the old start; the new time and the live room.</summary>
    public static string Moved(Event evt, DateTimeOffset previousStart, Subscription chat)
    {
        var s = Strings.For(chat.Language).Announcements;
        var zone = LocalTime.Zone(chat.TimeZoneId);
        var sb = new StringBuilder("🔁 ").Append(string.Format(CultureInfo.InvariantCulture, s.Moved,
            Escape(evt.Title), LocalTime.Format(evt.Start ?? previousStart, zone, s), LocalTime.Format(previousStart, zone, s)));
        if (evt.LiveUrl is { } live)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture, $"📺 <a href=\"{Escape(live)}\">{s.LiveRoom}</a>");
        }

        return sb.ToString();
    }

    /// <summary>"Slides and replay are out", once per event; null when the page has neither.</summary>
    public static string? MediaOut(Event evt, Subscription chat)
    {
        var s = Strings.For(chat.Language).Announcements;
        var links = MediaLinks.Of(evt);
        if (links.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder("📑 ").Append(string.Format(CultureInfo.InvariantCulture, s.MediaOut, Escape(evt.Title)));
        foreach (var (text, url, isReplay) in links.Take(12))
        {
            var label = string.IsNullOrWhiteSpace(text) ? (isReplay ? s.Replay : s.Slides) : text;
            sb.Append('\n').Append(isReplay ? "▶️ " : "• ").Append(CultureInfo.InvariantCulture, $"<a href=\"{Escape(url)}\">{Escape(label)}</a>");
        }

        return sb.ToString();
    }

    /// <summary>The events starting in the 7 days from now, in the chat's zone; null when there are none (no post).</summary>
    public static string? Digest(IEnumerable<Event> events, DateTimeOffset now, Subscription chat)
    {
        var s = Strings.For(chat.Language).Announcements;
        var week = DigestWindow.Select(events, now).Where(e => chat.Filter.Matches(e)).ToList();
        if (week.Count == 0)
        {
            return null;
        }

        var zone = LocalTime.Zone(chat.TimeZoneId);
        var sb = new StringBuilder("🗓 <b>").Append(s.DigestTitle).Append("</b>");
        foreach (var evt in week)
        {
            var when = evt.HasClockTime ? LocalTime.Format(evt.Start!.Value, zone, s) : LocalTime.FormatDay(evt.Start!.Value, evt.TimeZoneId, s);
            sb.Append("\n• ").Append(when).Append(" — <b>").Append(Escape(evt.Title)).Append("</b>");
            if (evt.LiveUrl is { } live)
            {
                sb.Append(CultureInfo.InvariantCulture, $" · <a href=\"{Escape(live)}\">{s.LiveRoom}</a>");
            }
            else if (evt.Form == EventForm.Online)
            {
                sb.Append(" · ").Append(s.Online);
            }
        }

        return sb.ToString();
    }

    private static void AppendTalks(StringBuilder sb, Event evt, AnnouncementStrings s)
    {
        if (evt.Talks.Count == 0)
        {
            return;
        }

        sb.Append("\n\n").Append(s.Talks).Append(':');
        foreach (var talk in evt.Talks.Take(MaxTalksListed))
        {
            var speakers = string.Join(", ", talk.Speakers.Select(sp => sp.Name));
            sb.Append("\n• ").Append(Escape(talk.Title));
            if (speakers.Length > 0)
            {
                sb.Append(" — ").Append(Escape(speakers));
            }
        }

        if (evt.Talks.Count > MaxTalksListed)
        {
            sb.Append("\n…");
        }
    }

    private static string Escape(string text) => Html.Escape(text);
}
