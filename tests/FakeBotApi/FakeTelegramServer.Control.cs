using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

/// <summary>What tests and benchmarks use to steer the server and read what happened.</summary>
public sealed partial class FakeTelegramServer
{
    /// <summary>Every request so far, in arrival order of completion.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Sequence number of the latest request to arrive; use with <see cref="RecordedRequest.Sequence"/> to look only at later ones.</summary>
    public long LastSequence => _log.LastSequence;

    /// <summary>Successful sendMessage/sendDocument calls to a chat, in order.</summary>
    public IReadOnlyList<RecordedRequest> SentTo(long chatId) =>
        [.. Requests.Where(r => r.Succeeded && r.Method is "sendMessage" or "sendDocument" && r.ChatId == chatId)];

    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        (await _log.WaitAsync(predicate, 1, timeout ?? DefaultWait, cancellationToken))[0];

    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> predicate, int count, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        _log.WaitAsync(predicate, count, timeout ?? DefaultWait, cancellationToken);

    /// <summary>Waits for the bot's next successful call of <paramref name="method"/> to <paramref name="chatId"/> after <paramref name="afterSequence"/>.</summary>
    public Task<RecordedRequest> WaitForCallAsync(string method, long? chatId = null, long afterSequence = 0, TimeSpan? timeout = null) =>
        WaitForRequestAsync(r => r.Sequence > afterSequence && r.Succeeded && r.Method == method && (chatId is null || r.ChatId == chatId), timeout);

    public static TimeSpan DefaultWait { get; } = TimeSpan.FromSeconds(10);

    public void InjectFault(FaultRule rule) => _faults.Add(rule);

    public void InjectFault(Fault fault, string? method = null, long? chatId = null, int times = 1) => _faults.Add(new FaultRule(fault, method, chatId, times));

    public void ClearFaults() => _faults.Clear();

    /// <summary>From now on every call to this chat answers 403 (a user who blocked the bot, a group that removed it).</summary>
    public void BlockChat(long chatId) =>
        _faults.SetChatState(chatId, chatId > 0 ? ApiError.BlockedByUser() : ApiError.KickedFromGroup());

    /// <summary>From now on every call to this chat answers 400 "chat not found".</summary>
    public void RemoveChat(long chatId) => _faults.SetChatState(chatId, ApiError.ChatNotFound());

    /// <summary>The group became a supergroup: calls to the old id answer 400 with <c>migrate_to_chat_id</c>.</summary>
    public void MigrateChat(long groupId, long supergroupId)
    {
        _faults.SetChatState(groupId, ApiError.Migrated(supergroupId));
        _chats.Register(new Telegram.Bot.Types.Chat { Id = supergroupId, Type = ChatType.Supergroup, Title = _chats.Chat(groupId).Title });
    }

    public void RestoreChat(long chatId) => _faults.SetChatState(chatId, null);

    /// <summary>Enforces Telegram-shaped limits on sendMessage/sendDocument/editMessageText: every call over a limit answers 429.</summary>
    public void EnableFloodLimits(FloodLimits limits)
    {
        _flood.Reset();
        _flood.Limits = limits;
    }

    public void DisableFloodLimits() => _flood.Limits = null;

    /// <summary>Calls refused with 429 because they exceeded the flood limits (injected 429s are not counted).</summary>
    public long FloodViolations => _flood.Violations;

    /// <summary>Updates not yet confirmed by an offset (or, with a webhook, not yet accepted).</summary>
    public int PendingUpdates => _updates.Count;

    /// <summary>The bot has confirmed every update below this id (its getUpdates offset).</summary>
    public int ConfirmedBelow => _updates.ConfirmedBelow;

    /// <summary>Completes when a getUpdates call is being held (the bot is polling), e.g. before enqueuing a 409 race.</summary>
    public Task WaitUntilPollingAsync(TimeSpan? timeout = null) => _updates.Polling().WaitAsync(timeout ?? DefaultWait);

    /// <summary>Messages of a chat as they are now (bot messages after edits).</summary>
    public IReadOnlyList<StoredMessage> Messages(long chatId) => _chats.Messages(chatId);

    public StoredMessage? Message(long chatId, int messageId) => _chats.Find(chatId, messageId);
}
