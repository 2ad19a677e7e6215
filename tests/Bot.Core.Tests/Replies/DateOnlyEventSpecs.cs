using System.Text;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Tests.Support;
using Ical.Net;

namespace Bot.Core.Tests.Replies;

/// <summary>An event whose page gives a day but no clock time (the 7th anniversary) is shown as that day, never
/// as a made-up 00:00.</summary>
public sealed class DateOnlyEventSpecs
{
    // Midnight in Shanghai is the evening before in Berlin: the day must still be the page's day.
    private static readonly Event Anniversary = SampleEvents.Upcoming with
    {
        Id = "zh-sofastack-9th-anniversary",
        Title = "SOFAStack 九周年生日会",
        Series = null,
        Number = null,
        Kind = EventKind.Anniversary,
        Start = SampleEvents.At(2026, 12, 12, 0, 0),
        End = null,
        HasClockTime = false,
        Form = EventForm.Offline,
        Venue = "杭州",
        LiveUrl = null,
        Talks = [],
        SourceFile = "zh-sofastack-9th-anniversary.md",
    };

    private static ConversationDriver Bot(string? zone = null) =>
        new([.. SampleEvents.All.Where(e => e != SampleEvents.Upcoming), Anniversary], preferences: zone is null ? null : new ChatZone(zone));

    [Theory]
    [InlineData("zh", "2026-12-12 周六 (具体时间未公布)")]
    [InlineData("en", "2026-12-12 Sat (time not announced)")]
    public void Next_and_agenda_show_the_day_without_a_clock_time(string language, string expected)
    {
        var bot = Bot();

        var next = bot.Single("/next", language).Plain();
        var agenda = bot.Single("/agenda", language).Plain();

        next.Should().Contain(expected).And.NotContain("00:00");
        agenda.Should().Contain(expected).And.NotContain("00:00");
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void The_day_stays_the_pages_day_in_a_chat_zone_west_of_the_event(string language)
    {
        var bot = Bot("Europe/Berlin");

        var next = bot.Single("/next", language).Plain();
        var events = bot.Single("/events", language).Plain();

        next.Should().Contain("2026-12-12").And.NotContain("2026-12-11").And.NotContain(":00");
        events.Should().Contain("2026-12-12 SOFAStack 九周年生日会");
    }

    [Fact]
    public void The_event_stays_upcoming_for_its_whole_day()
    {
        var bot = Bot();
        bot.Time.SetUtcNow(SampleEvents.At(2026, 12, 12, 20, 0));

        bot.Single("/next", "en").Plain().Should().StartWith("Next event").And.Contain("九周年");
    }

    [Fact]
    public void The_calendar_file_is_an_all_day_event_on_that_date()
    {
        var reply = Bot().Single("/ics", "en");

        var calendar = Calendar.Load(Encoding.UTF8.GetString(reply.Document!.Content))!;
        var e = calendar.Events.Should().ContainSingle().Subject;
        e.IsAllDay.Should().BeTrue();
        (e.Start!.HasTime, e.Start.Date).Should().Be((false, new DateOnly(2026, 12, 12)));
        (e.End!.HasTime, e.End.Date).Should().Be((false, new DateOnly(2026, 12, 13)));
        Encoding.UTF8.GetString(reply.Document.Content).Should().Contain("DTSTART;VALUE=DATE:20261212").And.NotContain("VTIMEZONE");
    }

    private sealed class ChatZone(string zone) : IChatPreferences
    {
        public ValueTask<string?> GetTimeZoneAsync(long chatId, CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(zone);
    }
}
