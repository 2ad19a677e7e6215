using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

/// <summary>Chats the server knows, their message ids (one counter per chat, as Telegram numbers them) and messages.</summary>
internal sealed class ChatBook
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Entry> _chats = [];

    public Chat Chat(long chatId)
    {
        lock (_lock) return Get(chatId).Chat;
    }

    public bool IsKnown(long chatId)
    {
        lock (_lock) return _chats.ContainsKey(chatId);
    }

    public void Register(Chat chat)
    {
        lock (_lock)
        {
            var entry = Get(chat.Id);
            entry.Chat = chat;
        }
    }

    public void AddThread(long chatId, int threadId)
    {
        lock (_lock) Get(chatId).Threads.Add(threadId);
    }

    public bool HasThread(long chatId, int threadId)
    {
        lock (_lock)
        {
            var entry = Get(chatId);
            return entry.Chat.IsForum != true || threadId == 1 || entry.Threads.Contains(threadId);
        }
    }

    public int NextMessageId(long chatId)
    {
        lock (_lock) return ++Get(chatId).LastMessageId;
    }

    public void Store(StoredMessage message)
    {
        lock (_lock) Get(message.ChatId).Messages[message.MessageId] = message;
    }

    public StoredMessage? Find(long chatId, int messageId)
    {
        lock (_lock) return _chats.TryGetValue(chatId, out var entry) ? entry.Messages.GetValueOrDefault(messageId) : null;
    }

    public IReadOnlyList<StoredMessage> Messages(long chatId)
    {
        lock (_lock) return _chats.TryGetValue(chatId, out var entry) ? [.. entry.Messages.Values.OrderBy(m => m.MessageId)] : [];
    }

    private Entry Get(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var entry)) _chats[chatId] = entry = new Entry(Synthetic(chatId));
        return entry;
    }

    /// <summary>A chat nobody introduced: private for positive ids, supergroup for -100… ids, group otherwise.</summary>
    private static Chat Synthetic(long chatId) => chatId switch
    {
        > 0 => new Chat { Id = chatId, Type = ChatType.Private, FirstName = $"User {chatId}" },
        <= -1_000_000_000_000 => new Chat { Id = chatId, Type = ChatType.Supergroup, Title = $"Supergroup {chatId}" },
        _ => new Chat { Id = chatId, Type = ChatType.Group, Title = $"Group {chatId}" },
    };

    private sealed class Entry(Chat chat)
    {
        public Chat Chat { get; set; } = chat;
        public int LastMessageId { get; set; }
        public HashSet<int> Threads { get; } = [];
        public Dictionary<int, StoredMessage> Messages { get; } = [];
    }
}
