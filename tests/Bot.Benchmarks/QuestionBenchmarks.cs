using BenchmarkDotNet.Attributes;
using Bot.Core.Conversation;

namespace Bot.Benchmarks;

/// <summary>A question in words answered end to end in the conversation (reading it against the catalog's names,
/// routing, the card, length check) at 10,000 synthetic events, next to the commands it shares its answers with, in
/// the same run. The catalog's lookup tables are built in the setup: that one-off cost is the first question's.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuestionBenchmarks
{
    private SyntheticConversation _conversation = null!;
    private IncomingMessage _nextQuestion = null!;
    private IncomingMessage _whoSpokeQuestion = null!;
    private IncomingMessage _whoIsQuestion = null!;
    private IncomingMessage _nextCommand = null!;
    private IncomingMessage _searchCommand = null!;
    private IncomingMessage _speakerCommand = null!;

    [Params(10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _conversation = new SyntheticConversation(Events);
        var middle = Events / 2;
        _nextQuestion = Message("下一次直播是什么时候？");
        _whoSpokeQuestion = Message($"谁讲过 {SyntheticCatalog.Word(middle)}");
        _whoIsQuestion = Message($"{SyntheticCatalog.Alias(middle, 2)}是谁");
        _nextCommand = Message("/next");
        _searchCommand = Message($"/search {SyntheticCatalog.Word(middle)}");
        _speakerCommand = Message($"/speaker {SyntheticCatalog.Alias(middle, 2)}");
        Answer(_nextQuestion);
    }

    [Benchmark]
    public int QuestionNextLiveStream() => Answer(_nextQuestion);

    [Benchmark]
    public int QuestionWhoSpokeAbout() => Answer(_whoSpokeQuestion);

    [Benchmark]
    public int QuestionWhoIsHuaming() => Answer(_whoIsQuestion);

    [Benchmark(Baseline = true)]
    public int CommandNext() => Answer(_nextCommand);

    [Benchmark]
    public int CommandSearch() => Answer(_searchCommand);

    [Benchmark]
    public int CommandSpeaker() => Answer(_speakerCommand);

    private int Answer(IncomingMessage message) => _conversation.Answer(message);

    private static IncomingMessage Message(string text) => SyntheticConversation.Message(text);
}
