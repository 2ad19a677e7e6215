using Bot.Core.Catalog;
using Bot.Core.Events;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Catalog;

/// <summary>One person, one speaker: names and 花名 merged across pages, real name first, clashes reported.</summary>
public sealed class SpeakerIdentitySpecs
{
    private static readonly Lazy<CatalogSnapshot> Corpus = new(() => CatalogSnapshot.Create(CorpusEvents.All));

    [Theory]
    [InlineData("鲁直")]
    [InlineData("黄挺")]
    public void Huang_ting_and_his_huaming_lu_zhi_are_one_speaker_with_the_talks_of_three_pages(string name)
    {
        var speaker = Corpus.Value.FindSpeakersByName(name).Should().ContainSingle().Subject;

        speaker.Name.Should().Be("黄挺");
        speaker.Aliases.Should().Equal("鲁直");
        speaker.Talks.Select(t => t.Event.SourceFile).Should().Equal("zh-sofa-meetup-5.md", "zh-service-mesh-meetup-9.md", "zh-service-mesh-meetup-8.md");
    }

    [Theory]
    [InlineData("章耿")]
    [InlineData("余淮")]
    public void Zhang_geng_written_with_huaming_yu_huai_keeps_his_real_name_first_although_a_newer_page_names_only_the_huaming(string name)
    {
        var speaker = Corpus.Value.FindSpeakersByName(name).Should().ContainSingle().Subject;

        speaker.Name.Should().Be("章耿");
        speaker.Aliases.Should().Equal("余淮");
        speaker.Talks.Select(t => t.Event.SourceFile).Should().Equal("zh-sofastack-cloud-native-workshop.md", "zh-sofa-channel-1.md");
    }

    [Fact]
    public void Song_shun_gets_the_fourth_anniversary_address_whose_title_opens_with_his_name()
    {
        var speaker = Corpus.Value.FindSpeakersByName("齐天").Should().ContainSingle().Subject;

        speaker.Name.Should().Be("宋顺");
        speaker.Talks.Select(t => t.Talk.Title).Should().Equal("SOFAStack 的下一个五年", "宋顺四周年致辞", "服务网格在“路口”的产品思考与实践");
        speaker.Talks[1].Talk.Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new Speaker("宋顺", ["齐天"]));
    }

    [Fact]
    public void No_name_of_the_corpus_names_two_speakers_and_the_corpus_has_no_identity_conflicts()
    {
        var snapshot = Corpus.Value;

        snapshot.Speakers.SelectMany(s => s.AllNames).Should().OnlyHaveUniqueItems();
        snapshot.IdentityConflicts.Should().BeEmpty();
    }

    [Fact]
    public void A_name_no_page_writes_as_a_huaming_comes_first_whatever_order_the_pages_are_read_in()
    {
        var bare = Event("a.md", 2024, new Speaker("阿飞", []));
        var full = Event("b.md", 2020, new Speaker("李飞", ["阿飞"]));

        foreach (var events in new[] { new[] { bare, full }, [full, bare] })
        {
            var speaker = CatalogSnapshot.Create(events).Speakers.Should().ContainSingle().Subject;
            speaker.Name.Should().Be("李飞");
            speaker.Aliases.Should().Equal("阿飞");
            speaker.Talks.Should().HaveCount(2);
        }
    }

    [Fact]
    public void A_huaming_given_to_two_real_names_merges_neither_names_both_and_is_reported()
    {
        var first = Event("a.md", 2024, new Speaker("张三", ["阿木"]));
        var second = Event("b.md", 2023, new Speaker("李四", ["阿木"]));
        var bare = Event("c.md", 2022, new Speaker("阿木", []));

        var snapshot = CatalogSnapshot.Create([first, second, bare]);

        snapshot.FindSpeakersByName("张三").Should().ContainSingle().Which.Talks.Should().HaveCount(2, "its own talk and the bare 阿木's");
        snapshot.FindSpeakersByName("阿木").Select(s => s.Name).Should().BeEquivalentTo("张三", "李四");
        snapshot.IdentityConflicts.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new IdentityConflict(IdentityConflictKind.SharedHuaming, "阿木", ["张三", "李四"], ["a.md", "b.md"]));
    }

    [Fact]
    public void Names_two_pages_swap_are_one_person_under_the_name_written_first_more_often_and_are_reported()
    {
        var events = new[]
        {
            Event("a.md", 2024, new Speaker("王五", ["小五"])),
            Event("b.md", 2023, new Speaker("王五", ["小五"])),
            Event("c.md", 2022, new Speaker("小五", ["王五"])),
        };

        var snapshot = CatalogSnapshot.Create(events);

        snapshot.Speakers.Should().ContainSingle().Which.Name.Should().Be("王五");
        snapshot.IdentityConflicts.Should().ContainSingle().Which.Kind.Should().Be(IdentityConflictKind.SwappedNames);
    }

    private static Event Event(string file, int year, Speaker speaker) => new()
    {
        Id = Path.GetFileNameWithoutExtension(file),
        Title = "示例活动 " + file,
        Start = new DateTimeOffset(year, 5, 1, 19, 0, 0, TimeSpan.FromHours(8)),
        TimeZoneId = "Asia/Shanghai",
        Talks = [new Talk("示例议题 " + file, [speaker])],
        SourceFile = file,
    };
}
