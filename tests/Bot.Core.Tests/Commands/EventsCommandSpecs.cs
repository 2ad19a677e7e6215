using Bot.Core.Events;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class EventsCommandSpecs
{
    private static readonly IReadOnlyList<Event> Twenty = Enumerable.Range(1, 20)
        .Select(i => SampleEvents.Channel24 with { Id = $"c{i}", Title = $"Stream {i:00}", Number = i, Start = SampleEvents.At(2020, 1, i, 19, 0) })
        .ToList();

    private readonly ConversationDriver _bot = new(Twenty);

    [Theory]
    [InlineData("zh", "活动（共 20 场）— 第 1/3 页")]
    [InlineData("en", "Events (20) — page 1/3")]
    public void Events_are_listed_newest_first_eight_per_page_with_a_next_button(string language, string heading)
    {
        // Act
        var reply = _bot.Single("/events", language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(heading).And.Contain("Stream 20").And.Contain("Stream 13").And.NotContain("Stream 12");
        reply.Buttons.Should().HaveCount(9);
        reply.Buttons[^1].Should().ContainSingle().Which.Should().Be(new Bot.Core.Conversation.ReplyButton("2 ▶", "pg:2"));
    }

    [Fact]
    public void Pressing_the_arrows_edits_the_message_to_the_other_page()
    {
        // Act
        var second = _bot.Press("pg:2", "en")!;
        var back = _bot.Press(second.Buttons[^1][0].CallbackData!, "en")!;

        // Assert
        second.Plain().Should().StartWith("Events (20) — page 2/3").And.Contain("Stream 12").And.Contain("Stream 05");
        second.Buttons[^1].Select(b => b.Text).Should().Equal("◀ 1", "3 ▶");
        back.Plain().Should().StartWith("Events (20) — page 1/3");
    }

    [Fact]
    public void A_page_number_is_accepted_and_clamped_to_the_last_page() =>
        _bot.Single("/events 99", "en").Plain().Should().StartWith("Events (20) — page 3/3").And.Contain("Stream 01");

    [Theory]
    [InlineData("zh", "用法：/events [页码]")]
    [InlineData("en", "Usage: /events [page]")]
    public void A_meaningless_page_gets_a_usage_line(string language, string usage) =>
        _bot.Single("/events two", language).Plain().Should().StartWith(usage);

    [Fact]
    public void An_event_button_opens_its_card()
    {
        var button = _bot.Single("/events", "en").AllButtons().First();

        _bot.Press(button.CallbackData!, "en")!.Plain().Should().StartWith("Stream 20");
    }
}
