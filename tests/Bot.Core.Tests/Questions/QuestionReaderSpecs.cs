using Bot.Core.Reminders;
using Bot.Core.Catalog;
using Bot.Core.Questions;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Questions;

/// <summary>What a question is read as: asking words, the catalog's names, dates, series, and the topic left over.</summary>
public sealed class QuestionReaderSpecs
{
    private static readonly Lazy<CatalogSnapshot> Corpus = new(() => CatalogSnapshot.Create(CorpusEvents.All));

    // Wednesday.
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static Question Read(string text) => QuestionReader.Read(text, Corpus.Value, Today);

    [Theory]
    [InlineData("下一次直播是什么时候", SeriesFilter.Channel)]
    [InlineData("When is the next live stream?", SeriesFilter.Channel)]
    [InlineData("下次线下 meetup 在哪", SeriesFilter.Meetup)]
    [InlineData("what's the next event", SeriesFilter.All)]
    public void Next_of_a_kind_is_read_in_either_language(string text, SeriesFilter kind)
    {
        var question = Read(text);

        question.Has(Cue.Next).Should().BeTrue();
        question.Kind.Should().Be(kind);
        question.Topic.Should().BeEmpty();
    }

    [Theory]
    [InlineData("今天有活动吗", "2026-11-25", "2026-11-25")]
    [InlineData("明晚的直播", "2026-11-26", "2026-11-26")]
    [InlineData("这周有什么活动", "2026-11-23", "2026-11-29")]
    [InlineData("下周有活动吗", "2026-11-30", "2026-12-06")]
    [InlineData("这周三有直播吗", "2026-11-25", "2026-11-25")]
    [InlineData("下周五", "2026-12-04", "2026-12-04")]
    [InlineData("周末有 meetup 吗", "2026-11-28", "2026-11-29")]
    [InlineData("下个月", "2026-12-01", "2026-12-31")]
    [InlineData("2022年4月1日的活动", "2022-04-01", "2022-04-01")]
    [InlineData("12月5日有什么活动", "2026-12-05", "2026-12-05")]
    [InlineData("2020年3月有哪些直播", "2020-03-01", "2020-03-31")]
    [InlineData("Any events tomorrow?", "2026-11-26", "2026-11-26")]
    [InlineData("what's happening this weekend", "2026-11-28", "2026-11-29")]
    [InlineData("events next week", "2026-11-30", "2026-12-06")]
    [InlineData("anything on Friday?", "2026-11-27", "2026-11-27")]
    [InlineData("What's on 2022-04-01?", "2022-04-01", "2022-04-01")]
    [InlineData("events on 3 December 2026", "2026-12-03", "2026-12-03")]
    [InlineData("Dec 3rd", "2026-12-03", "2026-12-03")]
    [InlineData("events in March 2020", "2020-03-01", "2020-03-31")]
    [InlineData("talks in 2019", "2019-01-01", "2019-12-31")]
    public void Days_are_read_against_today_in_the_chats_zone(string text, string from, string to) =>
        Read(text).Range.Should().Be(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Theory]
    [InlineData("SOFAChannel#24 是什么时候", "zh-sofa-channel-24.md")]
    [InlineData("when was channel 24", "zh-sofa-channel-24.md")]
    [InlineData("第 24 期直播的回放", "zh-sofa-channel-24.md")]
    [InlineData("Where was Service Mesh Meetup#9?", "zh-service-mesh-meetup-9.md")]
    [InlineData("sofa meetup 14 的资料", "zh-sofa-meetup-14.md")]
    public void Series_and_numbers_name_events(string text, string file) =>
        Read(text).Events.Should().ContainSingle().Which.SourceFile.Should().Be(file);

    [Theory]
    [InlineData("仪式是谁", "周群力")]
    [InlineData("Who is 鲁直?", "黄挺")]
    [InlineData("周群力讲过什么", "周群力")]
    [InlineData("Tell me about Long Chen", "Long Chen")]
    [InlineData("余淮的PPT", "章耿")]
    public void Names_and_huaming_from_the_catalog_are_people(string text, string person) =>
        Read(text).People.Should().ContainSingle().Which.Select(s => s.Name).Should().Equal(person);

    [Fact]
    public void A_huaming_that_is_also_an_ordinary_word_inside_a_longer_one_is_no_person()
    {
        var question = Read("开幕仪式几点开始");

        question.People.Should().BeEmpty();
        question.Topic.Should().Equal("开幕仪式");
        question.Has(Cue.When).Should().BeTrue();
    }

    [Theory]
    [InlineData("谁讲过 MOSN", "MOSN")]
    [InlineData("Layotto 的分享有 PPT 吗", "Layotto")]
    [InlineData("有没有讲服务发现的", "服务发现")]
    [InlineData("成都站是什么时候", "成都站")]
    [InlineData("Who talked about Kata Containers?", "Kata Containers")]
    [InlineData("When was the SOFA fifth anniversary?", "SOFA 五周年")]
    public void The_topic_is_what_no_asking_word_or_name_covers_as_typed(string text, string topic) =>
        string.Join("|", Read(text).Topic).Should().Be(topic);

    [Theory]
    [InlineData("怎么订阅活动提醒", Cue.Subscribe)]
    [InlineData("How do I get reminders?", Cue.Subscribe)]
    [InlineData("SOFAChannel#35 有回放吗", Cue.Replay)]
    [InlineData("I missed the live stream, is there a recording?", Cue.Replay)]
    [InlineData("下次直播在哪里看", Cue.Watch)]
    [InlineData("Where can I watch the next stream?", Cue.Watch)]
    [InlineData("meetup 14 的资料", Cue.Slides)]
    [InlineData("Decks from meetup 14", Cue.Slides)]
    [InlineData("add the next stream to my calendar", Cue.Calendar)]
    [InlineData("下次直播讲什么", Cue.Agenda)]
    public void Asking_words_say_what_is_asked(string text, Cue cue) => Read(text).Has(cue).Should().BeTrue();

    [Fact]
    public void A_long_or_hostile_text_is_read_in_bounded_time_and_never_throws()
    {
        var huge = string.Concat(Enumerable.Repeat("谁讲过<b>MOSN&#24</b> 周三 2022-13-45 channel 99999 ", 500));

        var question = Read(huge);

        question.Topic.Sum(t => t.Length).Should().BeLessThan(200);
    }
}
