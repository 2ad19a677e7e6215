using System.Text;
using Bot.Core.Tests.Support;
using Ical.Net;

namespace Bot.Core.Tests.Commands;

public sealed class IcsCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "日历文件")]
    [InlineData("en", "Calendar file")]
    public void The_ics_file_parses_back_with_the_right_start_end_zone_and_talks(string language, string caption)
    {
        // Act
        var reply = _bot.Single("/ics meetup 14", language);

        // Assert
        reply.Plain().Should().Contain(caption);
        var document = reply.Document!;
        document.FileName.Should().Be("SOFAMeetup-14.ics");
        document.ContentType.Should().Be("text/calendar");
        var calendar = Calendar.Load(Encoding.UTF8.GetString(document.Content))!;
        var e = calendar.Events.Should().ContainSingle().Subject;
        e.Summary.Should().Be("SOFAMeetup 云原生专场");
        e.Start!.TzId.Should().Be("Asia/Shanghai");
        e.Start.Value.Should().Be(new DateTime(2022, 4, 1, 9, 30, 0));
        e.End!.Value.Should().Be(new DateTime(2022, 4, 1, 12, 0, 0));
        e.Start.AsUtc.Should().Be(new DateTime(2022, 4, 1, 1, 30, 0, DateTimeKind.Utc));
        e.Location.Should().Be("https://example.org/live/meetup-14");
        e.Description.Should().Contain("10:00–10:40 (UTC+08:00) 在大规模集群中落地 Layotto 多运行时架构的体验 — 周群力");
        calendar.TimeZones.Should().ContainSingle(z => z.TzId == "Asia/Shanghai").Which.TimeZoneInfos.Should().Contain(i => i.OffsetTo!.Offset == TimeSpan.FromHours(8));
    }

    [Fact]
    public void Without_an_argument_the_file_is_for_the_next_event_and_an_unknown_end_means_two_hours()
    {
        var bot = new ConversationDriver([SampleEvents.Upcoming with { End = null }]);

        var e = Calendar.Load(Encoding.UTF8.GetString(bot.Single("/ics", "en").Document!.Content))!.Events.Single();

        e.Start!.Value.Should().Be(new DateTime(2026, 12, 3, 19, 0, 0));
        e.End!.Value.Should().Be(new DateTime(2026, 12, 3, 21, 0, 0));
    }

    [Theory]
    [InlineData("zh", "没有找到与“nowhere”匹配的活动")]
    [InlineData("en", "No event matches “nowhere”")]
    public void An_unknown_event_gets_no_file_but_a_clear_message(string language, string expected)
    {
        var reply = _bot.Single("/ics nowhere", language);

        reply.Document.Should().BeNull();
        reply.Plain().Should().Contain(expected);
    }

    [Theory]
    [InlineData("zh", "暂时没有已公布的后续活动。\n用法：/ics [活动]，例如 /ics meetup 14")]
    [InlineData("en", "No upcoming event is announced yet.\nUsage: /ics [event], e.g. /ics meetup 14")]
    public void Without_an_upcoming_event_the_reply_says_how_to_name_one(string language, string expected)
    {
        var bot = new ConversationDriver(SampleEvents.All.Where(e => e != SampleEvents.Upcoming));

        var reply = bot.Single("/ics", language);

        reply.Document.Should().BeNull();
        reply.Plain().Should().Be(expected);
    }
}
