using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

public sealed class SearchCommandSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("zh", "“服务发现”：")]
    [InlineData("en", "“服务发现”: ")]
    public void Searching_service_discovery_finds_the_sofaregistry_talk_with_a_button_to_open_it(string language, string heading)
    {
        // Act
        var reply = _bot.Single("/search 服务发现", language);
        var first = reply.AllButtons().First();
        var card = _bot.Press(first.CallbackData!, language);

        // Assert
        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(heading).And.Contain("1. 🎤 蚂蚁服务发现的大规模实践与展望 — 肖健");
        first.CallbackData.Should().StartWith("tk:");
        card!.Plain().Should().Contain("SOFARegistry").And.Contain(SampleEvents.RegistrySlides);
    }

    [Theory]
    [InlineData("zh", "用法：/search")]
    [InlineData("en", "Usage: /search")]
    public void No_words_get_a_usage_line(string language, string usage) =>
        _bot.Single("/search   ", language).Plain().Should().StartWith(usage);

    [Theory]
    [InlineData("zh", "没有找到“量子计算”相关内容")]
    [InlineData("en", "Nothing found for “量子计算”")]
    public void Nothing_found_is_said_plainly(string language, string expected) =>
        _bot.Single("/search 量子计算", language).Plain().Should().StartWith(expected);
}
