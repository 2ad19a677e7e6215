using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Conversation;

/// <summary>The conversation over the real corpus pages, parsed by the real parser.</summary>
public sealed class CorpusConversationSpecs
{
    private readonly ConversationDriver _bot = new(CorpusEvents.All);

    [Fact]
    public void The_huaming_yishi_finds_zhou_qunli_and_his_layotto_dapr_talk_of_2022_04_01()
    {
        var reply = _bot.Single("/speaker 仪式", "zh");

        reply.ShouldBeValidTelegram();
        reply.Plain().Should().StartWith("周群力 (花名：仪式)").And.Contain("2022-04-01 在大规模集群中落地 dapr 或 Layotto");
    }

    [Fact]
    public void Searching_service_discovery_finds_the_sofaregistry_talk()
    {
        var reply = _bot.Single("/search 服务发现", "zh");
        var talks = reply.AllButtons().Select(b => _bot.Press(b.CallbackData!, "zh")!.Plain()).ToList();

        talks.Should().Contain(t => t.Contains("SOFARegistry"));
    }

    [Fact]
    public void Every_event_of_the_corpus_gets_a_valid_card_agenda_slides_and_calendar_file()
    {
        var snapshot = _bot.Catalog.Current;
        snapshot.Events.Should().HaveCountGreaterThan(50);

        foreach (var key in snapshot.Events.Select(snapshot.KeyOf))
        {
            _bot.Press("ev:" + key)!.ShouldBeValidTelegram();
            _bot.Single("/agenda " + key, "en").ShouldBeValidTelegram();
            _bot.Single("/slides " + key, "zh").ShouldBeValidTelegram();
            _bot.Single("/ics " + key, "en").ShouldBeValidTelegram();
        }
    }

    [Fact]
    public void Every_speaker_of_the_corpus_is_found_by_each_of_their_names()
    {
        foreach (var speaker in _bot.Catalog.Current.Speakers)
        {
            foreach (var name in speaker.AllNames)
            {
                _bot.Catalog.Current.FindSpeakersByName(name).Should().Contain(speaker, name);
            }

            _bot.Press("sp:" + speaker.Id)!.ShouldBeValidTelegram();
        }
    }
}
