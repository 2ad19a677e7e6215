using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Questions;

/// <summary>Answers to questions whose words could mislead: stray words, which one of a kind, people before events.</summary>
public sealed class QuestionAnswerSpecs
{
    private readonly ConversationDriver _bot = new(SyntheticPages.WithCorpus, SyntheticPages.Now, withReminders: true);

    [Theory]
    [InlineData("Who organised SOFAMeetup#18?", "en", "Agenda · SOFAMeetup#18")]
    [InlineData("When does SOFAMeetup#18 end?", "en", "2026-12-05 Sat 13:30–17:00")]
    [InlineData("Who's presenting tomorrow?", "en", "2026-11-26 Thu: 1 event")]
    [InlineData("明天谁来分享？", "zh", "SOFAChannel#36")]
    [InlineData("我错过了上次直播，有回放吗", "zh", "BV1Uj41117Vz")]
    public void Words_no_list_has_beside_what_the_catalog_knows_do_not_derail_the_answer(string question, string language, string expected) =>
        _bot.Single(question, language).Plain().Should().Contain(expected);

    [Theory]
    [InlineData("When was the first SOFAChannel?", "en", "SOFAChannel#1——从蚂蚁金服微服务实践谈起")]
    [InlineData("第一期 SOFAChannel 是什么时候", "zh", "SOFAChannel#1——从蚂蚁金服微服务实践谈起")]
    [InlineData("第二十四期直播的 PPT", "zh", "SOFAChannel#24：漫谈 HTTP/3 进化史")]
    [InlineData("When was the last live stream?", "en", "SOFAChannel#35")]
    [InlineData("最近一次直播的回放", "zh", "BV1Uj41117Vz")]
    [InlineData("Where can I rewatch the latest live stream?", "en", "BV1Uj41117Vz")]
    [InlineData("下一场 meetup 是哪天？", "zh", "SOFAMeetup#18")]
    public void First_last_latest_and_next_pick_that_one_of_the_kind(string question, string language, string expected) =>
        _bot.Single(question, language).Plain().Should().Contain(expected);

    [Theory]
    [InlineData("钱多多讲什么", "钱多多 (花名：木舟)")]
    [InlineData("周群力在哪里分享过", "周群力 (花名：仪式)")]
    [InlineData("B站直播间是哪个", "https://live.bilibili.com/36036036")]
    [InlineData("有人讲过 Serverless 吗？", "讲过“Serverless”的分享")]
    [InlineData("谁讲过 Kubernetes 集群升级", "蚂蚁大规模 Kubernetes 集群无损升级实践")]
    public void A_person_named_is_answered_with_their_card_and_partial_topics_still_find_talks(string question, string expected) =>
        _bot.Single(question, "zh").Plain().Should().Contain(expected);

    [Theory]
    [InlineData("下一次直播是什麼時候", "SOFAChannel#36")]
    [InlineData("誰講過 SOFAJRaft", "冯家纯")]
    [InlineData("下週有什麼活動", "SOFAMeetup#18")]
    [InlineData("SOFAChannel#35 有錄像嗎", "BV1Uj41117Vz")]
    public void The_common_traditional_forms_of_the_asking_words_are_read_too(string question, string expected) =>
        _bot.Single(question, "zh-TW").Plain().Should().Contain(expected);

    [Fact]
    public void A_topic_naming_more_events_than_a_choice_has_buttons_lists_them_all_with_pages()
    {
        // Arrange
        var titled = _bot.Catalog.Current.Events.Count(e => e.Title.Contains("云原生", StringComparison.Ordinal));

        // Act
        var pages = new List<Bot.Core.Conversation.BotReply> { _bot.Single("云原生的活动都是哪天", "en") };
        while (pages[^1].AllButtons().FirstOrDefault(b => b.Text.EndsWith('▶')) is { } next && pages.Count < 10)
        {
            pages.Add(_bot.Press(next.CallbackData!, "en")!);
        }

        // Assert
        titled.Should().BeGreaterThan(8);
        pages[0].Plain().Should().StartWith($"“云原生”: {titled} result(s)");
        pages.Sum(p => p.AllButtons().Count(b => b.CallbackData!.StartsWith("ev:", StringComparison.Ordinal))).Should().Be(titled);
    }
}
