using Bot.Core.Events;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Questions;

/// <summary>Typos and partial names find the intended speaker, project or event; a tie asks "Did you mean …".</summary>
public sealed class NearMissSpecs
{
    private readonly ConversationDriver _corpus = new(CorpusEvents.All);

    [Theory]
    [InlineData("曾可", "zh", "没有找到“曾可”，以下是“曾柯”")]
    [InlineData("曾可的分享", "zh", "没有找到“曾可”，以下是“曾柯”")]
    [InlineData("who is 曾可?", "en", "Nothing matches “曾可”; showing “曾柯”")]
    public void A_chinese_name_one_character_off_finds_the_one_speaker_it_is_nearest_to(string question, string language, string note)
    {
        var reply = _corpus.Single(question, language);

        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith(note).And.Contain("曾柯 (").And.Contain("漫谈 HTTP/3 进化史");
    }

    [Theory]
    [InlineData("Layoto", "在大规模集群中落地 dapr 或 Layotto")]
    [InlineData("Seeta", "分布式事务 Seata TCC 模式深度解析")]
    [InlineData("Dragonfy", "基于 P2P 的文件和镜像加速系统 Dragonfly")]
    [InlineData("sofa registy", "SOFARegistry")]
    public void A_project_name_with_a_typo_finds_the_talks_of_the_project(string typed, string expected)
    {
        var text = string.Join("\n", AllPages(_corpus.Single(typed, "en")));

        text.Should().Contain("showing “").And.Contain(expected);
    }

    [Fact]
    public void A_typo_after_slash_search_is_mended_too()
    {
        var reply = _corpus.Single("/search Layoto", "zh");

        reply.Plain().Should().StartWith("没有找到“Layoto”，以下是“Layotto”").And.Contain("在大规模集群中落地 dapr 或 Layotto");
    }

    [Fact]
    public void One_wrong_character_in_a_two_character_name_that_ties_offers_did_you_mean_buttons()
    {
        // Arrange: 曾可 is one character from both 曾柯 and 曾凯, and no distance can tell which was meant.
        var bot = new ConversationDriver([Stream("c1", 1, new Speaker("曾柯", ["毅丝"])), Stream("c2", 2, new Speaker("曾凯", []))]);

        // Act
        var reply = bot.Single("曾可讲过什么", "en");
        var chosen = bot.Press(reply.AllButtons().First(b => b.Text.StartsWith("曾凯", StringComparison.Ordinal)).CallbackData!, "en");

        // Assert
        reply.Plain().Should().Be("Nothing matches “曾可”. Did you mean:");
        reply.AllButtons().Select(b => b.Text).Should().BeEquivalentTo("曾柯 (毅丝)", "曾凯");
        chosen!.Plain().Should().StartWith("曾凯").And.Contain("示例议题 c2");
    }

    [Theory]
    [InlineData("周群")]
    [InlineData("周群讲过什么")]
    public void A_partial_name_finds_the_whole_one(string question) =>
        _corpus.Single(question, "zh").Plain().Should().Contain("周群力 (").And.Contain("仪式");

    [Fact]
    public void Words_far_from_everything_are_not_understood_in_one_line_with_ways_on()
    {
        var reply = _corpus.Single("what is the meaning of life", "en");

        reply.Plain().Should().StartWith("I didn't understand “what is the meaning of life”.").And.NotContain("\n");
        reply.AllButtons().Select(b => b.Text).Should().Equal("Next event", "All events");
        _corpus.Press(reply.AllButtons().Last().CallbackData!, "en")!.Plain().Should().StartWith("Events (59)");
    }

    private List<string> AllPages(Bot.Core.Conversation.BotReply first)
    {
        var pages = new List<string> { first.Plain() };
        var current = first;
        while (current.AllButtons().FirstOrDefault(b => b.Text.EndsWith('▶')) is { } next && pages.Count < 20)
        {
            current = _corpus.Press(next.CallbackData!, "en")!;
            pages.Add(current.Plain());
        }

        return pages;
    }

    private static Event Stream(string id, int day, Speaker speaker) => new()
    {
        Id = id,
        Title = "示例直播 " + id,
        Start = new DateTimeOffset(2024, 3, day, 19, 0, 0, TimeSpan.FromHours(8)),
        TimeZoneId = "Asia/Shanghai",
        Talks = [new Talk("示例议题 " + id, [speaker])],
        SourceFile = id + ".md",
    };
}
