using Bot.Core.Events;

namespace Bot.Core.Localization;

/// <summary>Every word the bot says, one subclass per language. Content (titles, names) stays as written.</summary>
public abstract class Strings
{
    public static Strings Chinese { get; } = new ChineseStrings();
    public static Strings English { get; } = new EnglishStrings();

    /// <summary>Chinese for any <c>zh*</c> code (zh, zh-hans, zh-CN, zh-TW), English otherwise.</summary>
    public static Strings For(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Reminders, "live now", "slides are out" and the digest.</summary>
    public abstract Reminders.AnnouncementStrings Announcements { get; }

    /// <summary>/subscribe, /unsubscribe, /reminders and /tz.</summary>
    public abstract Reminders.Commands.SubscriptionStrings Subscriptions { get; }

    /// <summary>What the Telegram edge says itself: apologies, admin replies, the introduction in a new group.</summary>
    public abstract EdgeTexts Edge { get; }

    // Command descriptions (/help, setMyCommands) and usage lines.
    public abstract string StartDescription { get; }
    public abstract string HelpDescription { get; }
    public abstract string EventsDescription { get; }
    public abstract string NextDescription { get; }
    public abstract string AgendaDescription { get; }
    public abstract string SpeakerDescription { get; }
    public abstract string SlidesDescription { get; }
    public abstract string SearchDescription { get; }
    public abstract string LiveDescription { get; }
    public abstract string IcsDescription { get; }
    public abstract string SpeakerUsage { get; }
    public abstract string SearchUsage { get; }
    public abstract string EventsUsage { get; }
    public abstract string IcsUsage { get; }

    // Conversation.
    public abstract string Greeting { get; }
    public abstract string HelpHeading { get; }
    public abstract string HelpFooter { get; }
    public abstract string UnknownCommand(string command);
    public abstract string Stale { get; }
    /// <summary>The console chat, for a number that is no button of the last reply.</summary>
    public abstract string NoSuchButton(int number, int count);
    public abstract string UnknownStartLink { get; }

    // Questions in words.
    public abstract string NotUnderstood(string text);
    public abstract string DidYouMean(string typed);
    public abstract string ShowingInstead(string corrected, string typed);
    public abstract string NextEventButton { get; }
    public abstract string AllEventsButton { get; }
    public abstract string RemindersUnavailable { get; }

    // Events and times.
    public abstract string DateUnknown { get; }
    public abstract string ClockTimeUnknown { get; }
    public abstract string Weekday(DayOfWeek day);
    public abstract string Form(EventForm form);
    public abstract string TimeLabel { get; }
    public abstract string VenueLabel { get; }
    public abstract string LiveRoomLabel { get; }
    public abstract string RegistrationLabel { get; }
    public abstract string EventLabel { get; }
    public abstract string SpeakerLabel { get; }
    public abstract string PastLabel { get; }
    public abstract string LiveNowLabel { get; }
    public abstract string UpcomingLabel { get; }
    public abstract string TalksHeading { get; }
    public abstract string MoreAboutEvent { get; }
    public abstract string EventsHeading(int total, int page, int pages);
    public abstract string NoEvents { get; }
    public abstract string NextHeading { get; }
    public abstract string NoUpcoming { get; }
    public abstract string LatestPastHeading { get; }
    /// <summary>What follows a sentence or a label: a space in English, nothing after Chinese full-width punctuation.</summary>
    public abstract string SentenceGap { get; }
    public abstract string EventsOnDays(string days, int count);
    public abstract string NoEventsOnDays(string days);
    public abstract string NextEventIs(string title, string when);
    public abstract string EventNotFound(string query);
    public abstract string SeveralEvents(string query);

    // Agenda, slides, live, ics.
    public abstract string AgendaHeading { get; }
    public abstract string NoAgenda { get; }
    public abstract string AgendaImageLink { get; }
    public abstract string SlidesHeading { get; }
    public abstract string SlidesLink { get; }
    public abstract string ReplayLink { get; }
    public abstract string NoSlidesPublished { get; }
    public abstract string NoSlidesYet { get; }
    public abstract string NoSlidesAnywhere { get; }
    public abstract string SlidesNotFound(string query);
    public abstract string TalkSlidesHeading(string title);
    public abstract string TalkHasNoSlides(string title);
    public abstract string TalkReplaysHeading(string title);
    public abstract string TalkHasNoReplay(string title);
    public abstract string LiveHeading { get; }
    public abstract string NoLiveRoom { get; }
    public abstract string NoLiveStream { get; }
    public abstract string ReplaysHeading { get; }
    public abstract string NoReplay { get; }
    public abstract string NoReplayYet { get; }
    public abstract string ReplayHeading { get; }
    public abstract string IcsCaption(string title);
    public abstract string IcsNoTime(string title);

    // Speakers and search.
    public abstract string AliasesLabel { get; }
    public abstract string SpeakerTalksHeading(int count);
    public abstract string TalkCount(int count);
    public abstract string SpeakerNotFound(string name);
    public abstract string ClosestNames { get; }
    public abstract string SeveralSpeakers(string name);
    public abstract string SearchHeading(string query, int count);
    public abstract string TalksAboutHeading(string topic, int count);
    public abstract string PageOf(int page, int pages);
    public abstract string NarrowTheSearch { get; }
    public abstract string NothingFound(string query);

    // Buttons.
    public abstract string AgendaButton { get; }
    public abstract string SlidesButton { get; }
    public abstract string LiveButton { get; }
    public abstract string ReplayButton { get; }
    public abstract string EventButton { get; }
}
