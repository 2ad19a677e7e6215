using BenchmarkDotNet.Attributes;
using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;

namespace Bot.Benchmarks;

/// <summary>Answering a command end to end in the conversation (routing, lookup, reply HTML, length check) over
/// catalogs of 100, 1,000 and 10,000 events. Indexes should keep the cost flat as the catalog grows.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CommandBenchmarks
{
    private static readonly Sender Sender = new(1, "zh");
    private static readonly ChatRef Chat = new(1, ChatKind.Private);

    private CatalogConversation _conversation = null!;
    private IncomingMessage _speaker = null!;
    private IncomingMessage _alias = null!;
    private IncomingMessage _agenda = null!;
    private IncomingMessage _search = null!;

    [Params(100, 1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new EventCatalog();
        catalog.Reload(SyntheticCatalog.Create(Events));
        var commands = CoreCommands.Create();
        _conversation = new CatalogConversation(catalog, commands, CoreCommands.Callbacks(commands), new NoChatPreferences(), TimeProvider.System, new ConversationOptions());
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

    private int Answer(IncomingMessage message) => _conversation.HandleMessageAsync(message).AsTask().GetAwaiter().GetResult()[0].Html.Length;

    private static IncomingMessage Message(string text) => new(Chat, Sender, text);
}
