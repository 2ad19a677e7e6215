using Bot.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Handling;

/// <summary>Telegram's types to the conversation's values.</summary>
internal static class UpdateMapping
{
    /// <summary>The chat; the thread only for forum topics (replies in other chats carry reply-thread ids we must not send to).</summary>
    public static ChatRef ChatOf(Message message) =>
        new(message.Chat.Id, KindOf(message.Chat.Type), message.IsTopicMessage ? message.MessageThreadId : null);

    public static ChatKind KindOf(ChatType type) => type switch
    {
        ChatType.Private => ChatKind.Private,
        ChatType.Group => ChatKind.Group,
        ChatType.Supergroup => ChatKind.Supergroup,
        _ => ChatKind.Channel,
    };

    public static Sender SenderOf(User user, IReadOnlySet<long> admins) => new(user.Id, user.LanguageCode, admins.Contains(user.Id));

    /// <summary>The chat whose order this update belongs to; users for inline queries (they have no chat).</summary>
    public static long OrderingKey(Update update) => update switch
    {
        { Message: { } m } => m.Chat.Id,
        { EditedMessage: { } m } => m.Chat.Id,
        { CallbackQuery: { Message: { } m } } => m.Chat.Id,
        { CallbackQuery: { } q } => q.From.Id,
        { InlineQuery: { } q } => q.From.Id,
        { MyChatMember: { } c } => c.Chat.Id,
        _ => 0,
    };
}
