using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;

namespace Bot.Benchmarks;

/// <summary>The real conversation over a <see cref="SyntheticCatalog"/>, and one private Chinese chat to ask it in.</summary>
internal sealed class SyntheticConversation(int events)
{
    private static readonly Sender Sender = new(1, "zh");
    private static readonly ChatRef Chat = new(1, ChatKind.Private);

    private readonly CatalogConversation _conversation = Create(events);

    public static IncomingMessage Message(string text) => new(Chat, Sender, text);

    /// <summary>The length of the first reply's HTML, so the answer is not optimised away.</summary>
    public int Answer(IncomingMessage message) => _conversation.HandleMessageAsync(message).AsTask().GetAwaiter().GetResult()[0].Html.Length;

    private static CatalogConversation Create(int events)
    {
        var catalog = new EventCatalog();
        catalog.Reload(SyntheticCatalog.Create(events));
        var commands = CoreCommands.Create();
        return new CatalogConversation(catalog, commands, CoreCommands.Callbacks(commands), new NoChatPreferences(), TimeProvider.System, new ConversationOptions());
    }
}
