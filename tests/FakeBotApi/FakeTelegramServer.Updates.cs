using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

/// <summary>Updates from users, groups, forum topics, buttons, inline mode and membership changes.</summary>
public sealed partial class FakeTelegramServer
{
    private long _queryIds;

    /// <summary>Queues any update (its id is assigned here) for getUpdates or the webhook.</summary>
    public Update Enqueue(Update update)
    {
        if (update.Message?.Chat is { } chat) _chats.Register(chat);
        return _updates.Add(update);
    }

    /// <summary>A text message; commands get their <c>bot_command</c> entity as Telegram adds it.</summary>
    public Update EnqueueMessage(Chat chat, User from, string text, int? threadId = null, int? replyToMessageId = null)
    {
        var message = IncomingMessage(chat, from, text, threadId, replyToMessageId);
        return Enqueue(new Update { Message = message });
    }

    /// <summary>A message in a forum topic (<c>message_thread_id</c>, <c>is_topic_message</c>).</summary>
    public Update EnqueueTopicMessage(Chat forum, int threadId, User from, string text) => EnqueueMessage(forum, from, text, threadId);

    public Update EnqueueEditedMessage(Chat chat, User from, int messageId, string text)
    {
        var message = new Message { Id = messageId, From = from, Chat = chat, Date = Now(), EditDate = Now(), Text = text };
        return Enqueue(new Update { EditedMessage = message });
    }

    /// <summary>A press on a button of the bot's message <paramref name="messageId"/> in <paramref name="chatId"/>.</summary>
    public Update EnqueueCallbackQuery(User from, long chatId, int messageId, string data)
    {
        var stored = _chats.Find(chatId, messageId) ?? throw new InvalidOperationException($"No message {messageId} in chat {chatId} to press a button on.");
        var id = $"cb{Interlocked.Increment(ref _queryIds)}";
        OpenQuery(id);
        var query = new CallbackQuery { Id = id, From = from, Message = ToMessage(stored), ChatInstance = $"ci{chatId}", Data = data };
        return Enqueue(new Update { CallbackQuery = query });
    }

    public Update EnqueueInlineQuery(User from, string query, string offset = "")
    {
        var id = $"iq{Interlocked.Increment(ref _queryIds)}";
        OpenQuery(id);
        return Enqueue(new Update { InlineQuery = new InlineQuery { Id = id, From = from, Query = query, Offset = offset } });
    }

    /// <summary>The bot's own membership changed in <paramref name="chat"/> (added, removed, promoted…).</summary>
    public Update EnqueueMyChatMember(Chat chat, User by, ChatMemberStatus oldStatus, ChatMemberStatus newStatus)
    {
        _chats.Register(chat);
        var change = new ChatMemberUpdated
        {
            Chat = chat,
            From = by,
            Date = Now(),
            OldChatMember = Member(oldStatus),
            NewChatMember = Member(newStatus),
        };
        return Enqueue(new Update { MyChatMember = change });
    }

    /// <summary>Telegram's two service messages of a group upgrade, and from now on 400 migrate_to_chat_id for the old id.</summary>
    public (Update InOldGroup, Update InSupergroup) EnqueueMigration(Chat group, Chat supergroup, User by)
    {
        MigrateChat(group.Id, supergroup.Id);
        _chats.Register(supergroup);
        var old = new Message { Id = _chats.NextMessageId(group.Id), From = by, Chat = group, Date = Now(), MigrateToChatId = supergroup.Id };
        var fresh = new Message { Id = _chats.NextMessageId(supergroup.Id), From = by, Chat = supergroup, Date = Now(), MigrateFromChatId = group.Id };
        return (_updates.Add(new Update { Message = old }), _updates.Add(new Update { Message = fresh }));
    }

    private Message IncomingMessage(Chat chat, User from, string text, int? threadId, int? replyToMessageId)
    {
        _chats.Register(chat);
        if (threadId is { } thread) _chats.AddThread(chat.Id, thread);
        var id = _chats.NextMessageId(chat.Id);
        _chats.Store(new StoredMessage(chat.Id, id, false, text, null, null, threadId));
        var command = text.StartsWith('/') ? text.Split(' ', '\n')[0].Length : 0;
        return new Message
        {
            Id = id,
            From = from,
            Chat = chat,
            Date = Now(),
            Text = text,
            MessageThreadId = threadId,
            IsTopicMessage = chat.IsForum == true && threadId is not null,
            Entities = command > 1 ? [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = command }] : null,
            ReplyToMessage = replyToMessageId is { } r && _chats.Find(chat.Id, r) is { } replied ? ToMessage(replied) : null,
        };
    }

    private ChatMember Member(ChatMemberStatus status) => status switch
    {
        ChatMemberStatus.Administrator => new ChatMemberAdministrator { User = Bot },
        ChatMemberStatus.Left => new ChatMemberLeft { User = Bot },
        ChatMemberStatus.Kicked => new ChatMemberBanned { User = Bot },
        ChatMemberStatus.Restricted => new ChatMemberRestricted { User = Bot },
        _ => new ChatMemberMember { User = Bot },
    };

    private DateTime Now() => _time.GetUtcNow().UtcDateTime;
}
