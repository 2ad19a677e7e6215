using BenchmarkDotNet.Attributes;
using Bot.Core.Conversation;

namespace Bot.Benchmarks;

/// <summary>Answering a command end to end in the conversation (routing, lookup, reply HTML, length check) over
/// catalogs of 100, 1,000 and 10,000 events. Indexes should keep the cost flat as the catalog grows.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CommandBenchmarks
{
    private SyntheticConversation _conversation = null!;
    private IncomingMessage _speaker = null!;
    private IncomingMessage _alias = null!;
    private IncomingMessage _agenda = null!;
    private IncomingMessage _search = null!;

    [Params(100, 1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _conversation = new SyntheticConversation(Events);
        var middle = Events / 2;
        _speaker = Message($"/speaker {SyntheticCatalog.SpeakerName(middle, 1)}");
        _alias = Message($"/speaker {SyntheticCatalog.Alias(middle, 2)}");
        _agenda = Message($"/agenda channel {middle}");
        _search = Message($"/search {SyntheticCatalog.Word(middle)}");
    }

    [Benchmark]
    public int Speaker() => Answer(_speaker);

    [Benchmark]
    public int SpeakerByHuaming() => Answer(_alias);

    [Benchmark]
    public int Agenda() => Answer(_agenda);

    [Benchmark]
    public int Search() => Answer(_search);

    private int Answer(IncomingMessage message) => _conversation.Answer(message);

    private static IncomingMessage Message(string text) => SyntheticConversation.Message(text);
}
