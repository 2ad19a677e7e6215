using Bot.Core.Events;

namespace Bot.Core.Localization;

internal sealed class EnglishStrings : Strings
{
    public override string StartDescription => "Start, or open a shared event or speaker";
    public override string HelpDescription => "What I can do";
    public override string EventsDescription => "All events, newest first";
    public override string NextDescription => "The next event";
    public override string AgendaDescription => "Agenda of the next or a named event";
    public override string SpeakerDescription => "A speaker by name or 花名, with their talks";
    public override string SlidesDescription => "Slides of an event, a talk or a speaker";
    public override string SearchDescription => "Search talks and speakers";
    public override string LiveDescription => "Live room now or next, replays";
    public override string IcsDescription => "Calendar file (.ics) for an event";
    public override string SpeakerUsage => "Usage: /speaker <name or 花名>, e.g. /speaker 仪式";
    public override string SearchUsage => "Usage: /search <words>, e.g. /search 服务发现";
    public override string EventsUsage => "Usage: /events [page], e.g. /events 2";
    public override string IcsUsage => "Usage: /ics [event], e.g. /ics meetup 14";

    public override string Greeting => "Hi! I know the SOFAStack community's meetups and live streams: what is on, who speaks, where the slides are.";
    public override string HelpHeading => "Commands";
    public override string HelpFooter => "Events can be named by id, series and number (channel 24, meetup 14) or words of their title.";
    public override string UnknownCommand(string command) => $"I don't know {command}. Send /help to see what I can do.";
    public override string NotUnderstood(string text) => $"I didn't understand “{text}”. Ask e.g. “When is the next live stream?” or “Who spoke about Seata?”, or send /help.";
    public override string DidYouMean(string typed) => $"Nothing matches “{typed}”. Did you mean:";
    public override string ShowingInstead(string corrected, string typed) => $"Nothing matches “{typed}”; showing “{corrected}”:";
    public override string NextEventButton => "Next event";
    public override string AllEventsButton => "All events";
    public override string RemindersUnavailable => "Reminders are not available here.";
    public override string UnknownStartLink => "That link points to an event or speaker I no longer know.";
    public override string NoSuchButton(int number, int count) => count == 0 ? $"There is no button {number}: the last reply has none." : $"There is no button {number}: the last reply's buttons are 1–{count}.";
    public override string Stale => "This button is out of date; send the command again.";

    public override string DateUnknown => "date unknown";
    public override string ClockTimeUnknown => "time not announced";
    public override string Weekday(DayOfWeek day) => day.ToString()[..3];
    public override string Form(EventForm form) => form switch
    {
        EventForm.Online => "online",
        EventForm.Offline => "in person",
        EventForm.Hybrid => "in person + online",
        _ => string.Empty,
    };

    public override string TimeLabel => "🕒 ";
    public override string VenueLabel => "📍 ";
    public override string LiveRoomLabel => "📺 Live room: ";
    public override string RegistrationLabel => "📝 Registration: ";
    public override string EventLabel => "📅 ";
    public override string SpeakerLabel => "👤 ";
    public override string PastLabel => "past";
    public override string LiveNowLabel => "live now";
    public override string UpcomingLabel => "upcoming";
    public override string TalksHeading => "Talks";
    public override string MoreAboutEvent => "More: ";
    public override string EventsHeading(int total, int page, int pages) => $"Events ({total}) — page {page}/{pages}";
    public override string NoEvents => "No events are loaded.";
    public override string NextHeading => "Next event";
    public override string NoUpcoming => "No upcoming event is announced yet.";
    public override string LatestPastHeading => "The latest one (past):";
    public override string SentenceGap => " ";
    public override string EventsOnDays(string days, int count) => count == 1 ? $"{days}: 1 event" : $"{days}: {count} events";
    public override string NoEventsOnDays(string days) => $"No event on {days}.";
    public override string NextEventIs(string title, string when) => $"The next one: {title} ({when})";
    public override string EventNotFound(string query) => $"No event matches “{query}”. Try /events, or e.g. /agenda channel 24.";
    public override string SeveralEvents(string query) => $"Several events match “{query}” — pick one:";

    public override string AgendaHeading => "Agenda · ";
    public override string NoAgenda => "The page lists no talks.";
    public override string AgendaImageLink => "Agenda image";
    public override string SlidesHeading => "Slides · ";
    public override string SlidesLink => "slides";
    public override string ReplayLink => "replay";
    public override string NoSlidesPublished => "This event published no slides.";
    public override string NoSlidesYet => "No slides yet: they usually come out after the event.";
    public override string NoSlidesAnywhere => "No event has published slides yet.";
    public override string SlidesNotFound(string query) => $"No event, talk or speaker matches “{query}”. Example: /slides meetup 14, /slides Layotto, /slides 仪式";
    public override string TalkSlidesHeading(string title) => $"Slides · {title}";
    public override string TalkReplaysHeading(string title) => $"Replays · {title}";
    public override string TalkHasNoReplay(string title) => $"No replay was published for “{title}”.";
    public override string TalkHasNoSlides(string title) => $"No slides were published for “{title}”.";
    public override string LiveHeading => "Live room";
    public override string NoLiveStream => "This event is held in person; the page gives no live stream.";
    public override string NoLiveRoom => "The page gives no live-room link yet.";
    public override string ReplaysHeading => "Nothing is live or upcoming. The newest replay:";
    public override string NoReplayYet => "The replay usually comes out after the event.";
    public override string ReplayHeading => "Replay · ";
    public override string NoReplay => "No replay link was published.";
    public override string IcsCaption(string title) => $"Calendar file for “{title}” — open it to add the event to your calendar.";
    public override string IcsNoTime(string title) => $"“{title}” has no date, so there is no calendar entry to make.";

    public override string AliasesLabel => "a.k.a. ";
    public override string SpeakerTalksHeading(int count) => count == 1 ? "1 talk" : $"{count} talks";
    public override string TalkCount(int count) => count == 1 ? "1 talk" : $"{count} talks";
    public override string SpeakerNotFound(string name) => $"No speaker is called “{name}”.";
    public override string ClosestNames => "Closest names:";
    public override string SeveralSpeakers(string name) => $"Several speakers match “{name}” — pick one:";
    public override string SearchHeading(string query, int count) => $"“{query}”: {count} result(s)";
    public override string TalksAboutHeading(string topic, int count) => count == 1 ? $"1 talk about “{topic}”" : $"{count} talks about “{topic}”";
    public override string PageOf(int page, int pages) => $"page {page}/{pages}";
    public override string NarrowTheSearch => "These words are too long to page through; search again with fewer words.";
    public override string NothingFound(string query) => $"Nothing found for “{query}”. Try fewer or other words, e.g. /search Layotto.";

    public override string AgendaButton => "Agenda";
    public override string SlidesButton => "Slides";
    public override string LiveButton => "Live room";
    public override string ReplayButton => "Replay";
    public override string EventButton => "Event";

    public override Reminders.AnnouncementStrings Announcements { get; } = new(
        "starts in {0}", "is starting now", "started {0} ago", "is live now", "day", "days", "hour", "hours", "minute", "minutes",
        "Live room", "Venue", "online", "Talks", "Slides and replay of <b>{0}</b> are out", "Slides", "Replay",
        "This week's events", "time not announced", "<b>{0}</b> has moved to {1} (was {2})", ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);

    public override Reminders.Commands.SubscriptionStrings Subscriptions { get; } = new(
        "Get reminders before events: /subscribe 1d 1h 10m [channel|meetup]",
        "Stop reminders in this chat",
        "This chat's reminder settings and the next reminders",
        "Set this chat's time zone: /tz Europe/Berlin",
        "Usage: /subscribe [lead times] [channel|meetup], e.g. /subscribe 1d 1h 10m. Lead times: 1d, 2h, 30m, 1h30m (up to 30 days, 5 at most).",
        "Usage: /tz <IANA zone>, e.g. /tz Europe/Berlin or /tz Asia/Shanghai.",
        "I could not read “{0}”.",
        "“{0}” is not a time zone I know. Use an IANA name such as Europe/Berlin.",
        "Only this group's administrators can change its reminders.",
        "Telegram could not confirm right now that you administer this group. Please try again in a moment.",
        "Subscribed. Reminders {0} before each event{1}, plus a post when it goes live, the weekly digest, and slides/replay when they are out.",
        "Unsubscribed. This chat gets no more reminders.",
        "This chat was not subscribed.",
        "This chat is not subscribed. Try /subscribe.",
        "Times in this chat are now shown in {0} (now {1}).",
        "Reminders {0} before each event · {1} · zone {2}",
        "Next reminders:",
        "No upcoming event is announced yet.",
        "all events",
        "SOFAChannel live streams only",
        "SOFAMeetups only",
        "at start");

    public override EdgeTexts Edge { get; } = new(
        "Sorry, something went wrong while answering that. Please try again in a moment.",
        "Sorry, only the bot's administrators may use this command.",
        "This button has expired.",
        "👋 Hi, I'm @{0}. Ask me about SOFAStack events: try /next, /agenda or /help.",
        "Content reloaded: {0} events, {1} talks.",
        "No event changed.",
        "Added",
        "Changed",
        "Removed",
        "Pages that failed",
        "<b>Stats</b>\nEvents: {0}\nTalks: {1}\nSubscribed chats: {2}\nLast reload: {3}\nUptime: {4}\nThis instance: {5}\nLive instances: {6}\n{7}\nMemory: {8} MB resident, GC heap {9} MB ({10} MB committed), gen0 budget cap {11} MB",
        "not tracked");
}
