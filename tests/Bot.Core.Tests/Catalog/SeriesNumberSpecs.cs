using Bot.Core.Catalog;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Catalog;

/// <summary>One rule for "meetup N": the number a page's title gives, else the number of its file name when no title gives it.</summary>
public sealed class SeriesNumberSpecs
{
    private static readonly Lazy<CatalogSnapshot> Corpus = new(() => CatalogSnapshot.Create(CorpusEvents.All));

    [Theory]
    [InlineData("meetup 8", "zh-sofa-meetup-10.md")]
    [InlineData("SOFAMeetup#8", "zh-sofa-meetup-10.md")]
    [InlineData("meetup 10", "zh-sofa-meetup-10.md")]
    [InlineData("meetup 7", "zh-sofa-meetup-8.md")]
    [InlineData("SOFAStack Meetup#7", "zh-sofa-meetup-8.md")]
    [InlineData("meetup 14", "zh-sofa-meetup-14.md")]
    [InlineData("SOFAMeetup#14", "zh-sofa-meetup-14.md")]
    [InlineData("channel 24", "zh-sofa-channel-24.md")]
    [InlineData("service mesh meetup 9", "zh-service-mesh-meetup-9.md")]
    public void A_title_number_wins_and_a_file_name_number_names_a_page_when_no_title_gives_it(string text, string file) =>
        Corpus.Value.FindBySeries(text).Should().ContainSingle().Which.SourceFile.Should().Be(file);

    [Fact]
    public void A_bare_number_goes_by_titles_and_not_by_the_file_name_of_a_page_whose_title_numbers_it_otherwise() =>
        Corpus.Value.FindBySeries("#10").Select(e => e.SourceFile).Should().Equal("zh-sofa-channel-10.md");
}
