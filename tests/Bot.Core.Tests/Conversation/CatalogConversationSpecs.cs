using Bot.Core.Conversation;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversation;

public sealed class CatalogConversationSpecs
{
    private readonly ConversationDriver _bot = new();

    [Theory]
    [InlineData("/next@SofaBot")]
    [InlineData("/NEXT@sofabot")]
    [InlineData("/next")]
    public void A_command_without_mention_or_mentioning_us_is_ours_in_a_group(string text) =>
        _bot.Send(text, "en", ConversationDriver.Group).Should().ContainSingle();

    [Fact]
    public void A_command_for_another_bot_is_ignored() =>
        _bot.Send("/next@OtherBot", "en", ConversationDriver.Group).Should().BeEmpty();

    [Theory]
    [InlineData("/frobnicate")]
    [InlineData("hello everyone")]
    [InlineData("/frobnicate@SofaBot")]
    public void In_groups_unknown_commands_and_plain_text_are_ignored(string text) =>
        _bot.Send(text, "en", ConversationDriver.Group).Should().BeEmpty();

    [Theory]
    [InlineData("zh", "我不认识 /frobnicate。发送 /help 查看可用命令。")]
    [InlineData("en", "I don't know /frobnicate. Send /help to see what I can do.")]
    public void In_private_an_unknown_command_gets_a_one_line_hint(string language, string hint) =>
        _bot.Single("/frobnicate now", language).Plain().Should().Be(hint);

    [Fact]
    public void In_private_plain_text_is_searched() =>
        _bot.Single("服务发现", "en").Plain().Should().Contain("蚂蚁服务发现的大规模实践与展望");

    [Fact]
    public void Stale_or_foreign_button_data_gets_null()
    {
        _bot.Press("ev:doesnotx").Should().BeNull();
        _bot.Press("zz:1").Should().BeNull();
        _bot.Press("garbage").Should().BeNull();
    }

    [Theory]
    [InlineData("zh", "下一场活动")]
    [InlineData("en", "The next event")]
    public void Commands_are_listed_with_descriptions_in_the_users_language(string language, string nextDescription)
    {
        var commands = _bot.Conversation.Commands(language);

        commands.Select(c => c.Name).Should().Equal("start", "help", "next", "events", "agenda", "speaker", "slides", "search", "live", "ics");
        commands.Should().Contain(new CommandInfo("next", nextDescription));
        commands.Should().OnlyContain(c => c.Description.Length > 0 && c.Description.Length <= 256);
    }

    [Fact]
    public void Inline_queries_return_talks_and_speakers_and_upcoming_events_for_an_empty_query()
    {
        // Act
        var found = _bot.Conversation.AnswerInline("仪式", "zh");
        var upcoming = _bot.Conversation.AnswerInline("", "en");

        // Assert
        found.Should().NotBeEmpty();
        found[0].Title.Should().Be("周群力");
        found.Should().OnlyContain(a => a.Card.Buttons.SelectMany(r => r).All(b => b.Url != null));
        upcoming.Should().ContainSingle().Which.Title.Should().Be("SOFAChannel#40：未来的直播");
    }

    [Fact]
    public void An_inline_query_with_bidi_controls_finds_what_the_same_words_without_them_find()
    {
        // Act
        var withControls = _bot.Conversation.AnswerInline("仪\u202E式\u2066", "zh");

        // Assert
        withControls.Select(a => a.Title).Should().Equal(_bot.Conversation.AnswerInline("仪式", "zh").Select(a => a.Title)).And.NotBeEmpty();
    }

    [Fact]
    public void Zh_language_codes_get_chinese_and_others_english()
    {
        _bot.Single("/speaker", "zh-hans").Plain().Should().StartWith("用法");
        _bot.Single("/speaker", "zh-TW").Plain().Should().StartWith("用法");
        _bot.Single("/speaker", "de").Plain().Should().StartWith("Usage");
        _bot.Single("/speaker", null).Plain().Should().StartWith("Usage");
    }
}
