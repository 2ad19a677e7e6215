using System.Text.RegularExpressions;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Questions;

/// <summary>"What is on these days": one event as its card, several as a list with the true count and pages.</summary>
public sealed partial class EventsOnDaysSpecs
{
    private readonly ConversationDriver _bot = new(SyntheticPages.WithCorpus, SyntheticPages.Now);

    [Fact]
    public void A_year_with_more_events_than_a_page_lists_them_all_across_pages_earliest_first()
    {
        // Arrange
        var expected = _bot.Catalog.Current.Events.Count(e => e.Start is { } s && TimeZoneInfo.ConvertTime(s, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Year == 2019);

        // Act
        var first = _bot.Single("2019年有哪些活动", "zh");
        var second = _bot.Press(first.AllButtons().Single(b => b.Text.EndsWith('▶')).CallbackData!, "zh")!;
        var dates = new[] { first, second }.SelectMany(r => Dated().Matches(r.Plain()).Select(m => m.Value)).ToList();

        // Assert
        expected.Should().BeGreaterThan(8);
        first.Plain().Should().StartWith($"2019-01-01 – 2019-12-31：{expected} 场活动 · 第 1/2 页");
        dates.Should().HaveCount(expected).And.BeInAscendingOrder();
        second.AllButtons().Should().Contain(b => b.Text == "◀ 1");
        second.ShouldBeValidTelegram();
    }

    [Fact]
    public void A_day_without_events_says_so_and_offers_the_next_one()
    {
        var reply = _bot.Single("Is there an event on Saturday?", "en");

        reply.Plain().Should().StartWith("No event on 2026-11-28 Sat.").And.Contain("The next one: SOFAChannel#36");
        reply.AllButtons().Should().ContainSingle().Which.CallbackData.Should().StartWith("ev:");
    }

    [Theory]
    [InlineData("dy:2019010120191231a0")]
    [InlineData("dy:2019123120190101a1")]
    [InlineData("dy:2019010120191231x1")]
    [InlineData("dy:20190101")]
    [InlineData("dy:1999010119990102a1")]
    public void Malformed_or_empty_day_pages_are_stale(string data) => _bot.Press(data).Should().BeNull();

    [GeneratedRegex(@"(?m)^\d{4}-\d{2}-\d{2}(?= [^–])")]
    private static partial Regex Dated();
}
