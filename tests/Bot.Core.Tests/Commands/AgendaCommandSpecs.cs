using Bot.Core.Events;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class AgendaCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "议程 · ")]
    [InlineData("en", "Agenda · ")]
    public void The_agenda_of_a_multi_talk_meetup_lists_talks_in_order_with_speakers(string language, string heading)
    {
        // Act
        var reply = _bot.Single("/agenda meetup 14", language);

        // Assert
        reply.ShouldBeValidTelegram();
        var plain = reply.Plain();
        plain.Should().StartWith(heading + "SOFAMeetup 云原生专场");
        var positions = new[] { "09:30–10:00 社区如何助力云原生", "王庆 · 英特尔", "10:00–10:40 在大规模集群中落地 Layotto", "周群力 (仪式) · 蚂蚁集团", "10:40–11:20 蚂蚁服务发现" }
            .Select(s => plain.IndexOf(s, StringComparison.Ordinal)).ToList();
        positions.Should().NotContain(-1).And.BeInAscendingOrder();
        plain.Should().Contain(SampleEvents.RegistrySlides);
    }

    [Fact]
    public void Without_an_argument_the_agenda_is_of_the_next_event_in_the_chats_zone_with_the_offset()
    {
        var plain = _bot.Single("/agenda", "en").Plain();

        plain.Should().Contain("SOFAChannel#40").And.Contain("2026-12-03 Thu 19:00–20:30 (UTC+08:00)").And.Contain("Koupleless");
    }

    [Theory]
    [InlineData("zh", "没有找到与“nothing here”匹配的活动")]
    [InlineData("en", "No event matches “nothing here”")]
    public void An_unknown_event_is_said_plainly_with_an_example(string language, string expected) =>
        _bot.Single("/agenda nothing here", language).Plain().Should().Contain(expected).And.Contain("/agenda channel 24");

    [Fact]
    public void Words_of_a_title_that_match_several_events_offer_buttons_that_open_the_agenda()
    {
        // Act
        var reply = _bot.Single("/agenda SOFAMeetup", "en");
        var agenda = _bot.Press(reply.AllButtons().First().CallbackData!, "en");

        // Assert
        reply.AllButtons().Should().HaveCount(2).And.OnlyContain(b => b.CallbackData!.StartsWith("ag:"));
        agenda!.Plain().Should().StartWith("Agenda · SOFAMeetup");
    }

    [Fact]
    public void An_event_without_talks_says_so()
    {
        var bot = new ConversationDriver([SampleEvents.Channel32Short]);

        bot.Single("/agenda #32", "en").Plain().Should().Contain("The page lists no talks.");
    }

    [Fact]
    public void Html_in_content_is_escaped()
    {
        // Arrange
        var hostile = SampleEvents.Upcoming with { Title = "<script>alert(1)</script> & co", Talks = [new Talk("<b>bold</b>", [new Speaker("<i>x</i>", [])])] };
        var bot = new ConversationDriver([hostile]);

        // Act
        var reply = bot.Single("/agenda", "en");

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co").And.Contain("&lt;b&gt;bold&lt;/b&gt;").And.Contain("&lt;i&gt;x&lt;/i&gt;");
    }
}
