using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Catalog;

public sealed class SearchSpecs
{
    private readonly CatalogSnapshot _snapshot = CatalogSnapshot.Create(SampleEvents.All);

    [Fact]
    public void Chinese_words_find_a_talk_without_word_spaces()
    {
        var hits = _snapshot.Search("服务发现");

        hits[0].Kind.Should().Be(SearchHitKind.Talk);
        hits[0].Talk!.Talk.Title.Should().Be("蚂蚁服务发现的大规模实践与展望");
        hits[0].Talk!.Talk.Abstract.Should().Contain("SOFARegistry");
    }

    [Fact]
    public void English_words_match_in_any_order_and_case()
    {
        var hits = _snapshot.Search("TRAFFIC mesh");

        hits.Should().Contain(h => h.Kind == SearchHitKind.Talk && h.Talk!.Event.Id == "zh-sofa-channel-24");
    }

    [Fact]
    public void An_exact_alias_ranks_above_a_title_above_an_abstract()
    {
        // Arrange: "Mesh" is a speaker's alias, a talk title word and an abstract word.
        var snapshot = CatalogSnapshot.Create(
        [
            Make("e1", 1, "Plain talk", new Speaker("Someone", []), "all about mesh"),
            Make("e2", 2, "Mesh for all", new Speaker("Another", [])),
            Make("e3", 3, "Unrelated", new Speaker("Bob", ["Mesh"])),
        ]);

        // Act
        var ranks = snapshot.Search("mesh", 20).Select(h => (h.Rank, Name: h.Speaker?.Name ?? h.Talk?.Event.Id ?? h.Event!.Id)).ToList();

        // Assert
        ranks[0].Should().Be((MatchRank.ExactAlias, "Bob"));
        ranks.Select(r => r.Rank).Should().BeInAscendingOrder();
        ranks.Should().Contain((MatchRank.Title, "e2")).And.Contain((MatchRank.Text, "e1"));
        ranks.IndexOf((MatchRank.Title, "e2")).Should().BeLessThan(ranks.IndexOf((MatchRank.Text, "e1")));
    }

    [Fact]
    public void An_exact_name_ranks_first()
    {
        var snapshot = CatalogSnapshot.Create(
        [
            Make("e1", 1, "Mesh talk", new Speaker("Someone", [])),
            Make("e2", 2, "Unrelated", new Speaker("Mesh", [])),
        ]);

        snapshot.Search("MESH")[0].Should().Match<SearchHit>(h => h.Rank == MatchRank.ExactName && h.Speaker!.Name == "Mesh");
    }

    private static Event Make(string id, int day, string title, Speaker speaker, string? abstractText = null) => new()
    {
        Id = id, Title = id, TimeZoneId = "UTC", SourceFile = id, Start = new DateTimeOffset(2024, 1, day, 0, 0, 0, TimeSpan.Zero),
        Talks = [new Talk(title, [speaker]) { Abstract = abstractText }],
    };

    [Fact]
    public void Ties_are_broken_newest_first()
    {
        var hits = _snapshot.Search("Layotto", 20).Where(h => h.Kind == SearchHitKind.Talk).ToList();

        hits.Should().HaveCountGreaterThan(1);
        hits.Where(h => h.Rank == MatchRank.Title).Select(h => h.Date).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("完全不存在的词语")]
    public void Nothing_matches_empty_or_unknown_words(string query) => _snapshot.Search(query).Should().BeEmpty();
}
