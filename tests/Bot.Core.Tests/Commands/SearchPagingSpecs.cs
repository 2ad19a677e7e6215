using System.Text.RegularExpressions;
using Bot.Core.Conversation;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Commands;

/// <summary>Search no longer stops at 8: the true total, and ◀ ▶ through every hit.</summary>
public sealed partial class SearchPagingSpecs
{
    private readonly ConversationDriver _bot = new(CorpusEvents.All);

    [Theory]
    [InlineData("MOSN")]
    [InlineData("Seata")]
    [InlineData("Service Mesh")]
    public void The_heading_gives_the_true_total_and_the_pages_reach_every_talk_with_the_word_in_its_title(string word)
    {
        // Arrange
        var titled = _bot.Catalog.Current.Events.SelectMany(e => e.Talks)
            .Where(t => t.Title.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(t => t.Title).ToList();

        // Act
        var first = _bot.Single("/search " + word, "en");
        var pages = AllPages(first);
        var lines = pages.SelectMany(p => p.Plain().Split('\n').Where(l => ItemLine().IsMatch(l))).ToList();

        // Assert
        var total = int.Parse(Total().Match(first.Plain()).Groups[1].Value);
        total.Should().BeGreaterThan(8, "the cut at 8 must show");
        lines.Should().HaveCount(total);
        lines.Select(l => int.Parse(ItemLine().Match(l).Groups[1].Value)).Should().Equal(Enumerable.Range(1, total));
        titled.Should().OnlyContain(title => lines.Any(l => l.Contains(title, StringComparison.Ordinal)));
        pages.Should().AllSatisfy(p => p.ShouldBeValidTelegram());
    }

    [Fact]
    public void Seata_reaches_the_tcc_live_stream_of_sofachannel_4()
    {
        var lines = AllPages(_bot.Single("/search Seata", "zh")).Select(p => p.Plain());

        lines.Should().Contain(p => p.Contains("分布式事务 Seata TCC 模式深度解析", StringComparison.Ordinal));
    }

    [Fact]
    public void A_live_stream_with_one_talk_is_listed_once_as_its_talk()
    {
        var text = string.Join("\n", AllPages(_bot.Single("/search Saga", "en")).Select(p => p.Plain()));

        text.Should().Contain("🎤 分布式事务 Seata 长事务解决方案 Saga 模式详解").And.NotContain("📅 SOFAChannel#10");
    }

    [Fact]
    public void A_short_result_list_has_no_page_buttons()
    {
        var reply = _bot.Single("/search SOFAJRaft", "en");

        reply.AllButtons().Should().NotContain(b => b.CallbackData!.StartsWith("sr:"));
        reply.Plain().Should().NotContain("page");
    }

    [Theory]
    [InlineData("sr:a0:MOSN")]
    [InlineData("sr:x1:MOSN")]
    [InlineData("sr:a1:")]
    [InlineData("sr:a1")]
    [InlineData("sr:t1:完全不存在的词语")]
    public void Malformed_or_empty_page_buttons_are_stale(string data) => _bot.Press(data).Should().BeNull();

    [Fact]
    public void A_page_beyond_the_last_shows_the_last()
    {
        var reply = _bot.Press("sr:a99:MOSN", "en")!;

        reply.Plain().Should().Contain("page 4/4");
    }

    private List<BotReply> AllPages(BotReply first)
    {
        var pages = new List<BotReply> { first };
        while (pages[^1].AllButtons().FirstOrDefault(b => b.Text.EndsWith('▶')) is { } next)
        {
            pages.Add(_bot.Press(next.CallbackData!, "en")!);
            pages.Should().HaveCountLessThan(50);
        }

        return pages;
    }

    [GeneratedRegex(@"^(\d+)\. ")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"(\d+) (result|条)")]
    private static partial Regex Total();
}
