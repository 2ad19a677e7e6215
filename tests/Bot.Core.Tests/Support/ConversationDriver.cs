using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Events;
using Bot.Core.Reminders.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Support;

/// <summary>A real <see cref="CatalogConversation"/> over hand-made events, with a fake clock.</summary>
public sealed class ConversationDriver
{
    public const string BotName = "SofaBot";

    /// <param name="withReminders">Also the reminder commands (/subscribe, /reminders, /tz, /unsubscribe) over an in-memory store.</param>
    public ConversationDriver(IEnumerable<Event>? events = null, DateTimeOffset? now = null, IChatPreferences? preferences = null, bool withReminders = false)
    {
        Catalog.Reload(events ?? SampleEvents.All);
        Time = new FakeTimeProvider(now ?? SampleEvents.Now);
        var store = new MemorySubscriptions();
        IReadOnlyList<IBotCommand> reminders = withReminders
            ? [new SubscribeCommand(store, store), new UnsubscribeCommand(store, store), new RemindersCommand(store), new TimeZoneCommand(store, store)]
            : [];
        var commands = CoreCommands.Create().Concat(reminders).ToList();
        Conversation = new CatalogConversation(Catalog, commands, CoreCommands.Callbacks(commands), preferences ?? new NoChatPreferences(), Time, new ConversationOptions());
    }

    public EventCatalog Catalog { get; } = new();
    public FakeTimeProvider Time { get; }
    public CatalogConversation Conversation { get; }

    public static ChatRef Private { get; } = new(42, ChatKind.Private);
    public static ChatRef Group { get; } = new(-1001, ChatKind.Supergroup);

    public IReadOnlyList<BotReply> Send(string text, string? language = "zh", ChatRef? chat = null) =>
        Conversation.HandleMessageAsync(new IncomingMessage(chat ?? Private, new Sender(7, language), text, BotName)).AsTask().GetAwaiter().GetResult();

    public BotReply Single(string text, string? language = "zh")
    {
        var replies = Send(text, language);
        replies.Should().ContainSingle($"'{text}' should get one reply");
        return replies[0];
    }

    public BotReply? Press(string data, string? language = "zh") =>
        Conversation.HandleCallbackAsync(new IncomingCallback(Private, new Sender(7, language), data)).AsTask().GetAwaiter().GetResult();
}
