using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class SpeakerCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "花名：仪式")]
    [InlineData("en", "a.k.a. 仪式")]
    public void I_can_find_a_speaker_by_their_huaming(string language, string aliasLine)
    {
        // Act
        var reply = _bot.Single("/speaker 仪式", language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith("周群力").And.Contain(aliasLine)
            .And.Contain("2022-04-01 在大规模集群中落地 Layotto 多运行时架构的体验")
            .And.Contain(SampleEvents.LayottoSlides);
        reply.AllButtons().Should().Contain(b => b.CallbackData!.StartsWith("tk:"));
    }

    [Theory]
    [InlineData("zh", "请选择")]
    [InlineData("en", "pick one")]
    public void Several_matching_speakers_are_offered_as_buttons(string language, string prompt)
    {
        // Act: "蚂蚁" is in two bios/affiliations, no one's name.
        var reply = _bot.Single("/speaker 蚂蚁集团", language);

        // Assert
        reply.Plain().Should().Contain(prompt);
        reply.AllButtons().Should().HaveCountGreaterThan(1).And.OnlyContain(b => b.CallbackData!.StartsWith("sp:"));
    }

    [Fact]
    public void Pressing_a_speaker_button_edits_the_message_into_their_card()
    {
        var choice = _bot.Single("/speaker 蚂蚁集团").AllButtons().First(b => b.Text.StartsWith("周群力"));

        var card = _bot.Press(choice.CallbackData!);

        card!.Plain().Should().StartWith("周群力");
    }

    [Theory]
    [InlineData("zh", "没有找到叫“周群利”的讲师", "相近的名字：周群力")]
    [InlineData("en", "No speaker is called “周群利”", "Closest names: 周群力")]
    public void An_unknown_name_gets_the_closest_names(string language, string notFound, string closest)
    {
        var reply = _bot.Single("/speaker 周群利", language);

        reply.Plain().Should().Contain(notFound).And.Contain(closest).And.Contain("周群力");
    }

    [Fact]
    public void Part_of_a_name_is_enough_when_only_one_speaker_has_it() =>
        _bot.Single("/speaker 周群", "en").Plain().Should().StartWith("周群力");

    [Theory]
    [InlineData("zh", "用法：/speaker")]
    [InlineData("en", "Usage: /speaker")]
    public void No_name_gets_a_usage_line_with_an_example(string language, string usage) =>
        _bot.Single("/speaker", language).Plain().Should().StartWith(usage).And.Contain("/speaker 仪式");

    [Fact]
    public void Html_in_the_argument_is_escaped()
    {
        var reply = _bot.Single("/speaker <b>x</b>&", "en");

        reply.ShouldBeValidTelegram();
        reply.Html.Should().Contain("&lt;b&gt;x&lt;/b&gt;&amp;").And.NotContain("<b>x</b>");
    }
}
