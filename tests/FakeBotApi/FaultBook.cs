namespace FakeBotApi;

/// <summary>Injected faults and the permanent state of chats (blocked, gone, migrated).</summary>
internal sealed class FaultBook
{
    private readonly Lock _lock = new();
    private readonly List<(FaultRule Rule, int Left)> _rules = [];
    private readonly Dictionary<long, ApiError> _chatStates = [];

    public void Add(FaultRule rule)
    {
        lock (_lock) _rules.Add((rule, rule.Times));
    }

    public void Clear()
    {
        lock (_lock) _rules.Clear();
    }

    public void SetChatState(long chatId, ApiError? error)
    {
        lock (_lock)
        {
            if (error is null) _chatStates.Remove(chatId);
            else _chatStates[chatId] = error;
        }
    }

    public ApiError? ChatState(long chatId)
    {
        lock (_lock) return _chatStates.GetValueOrDefault(chatId);
    }

    /// <summary>Takes one use of the first rule matching this call.</summary>
    public Fault? Take(string method, long? chatId)
    {
        lock (_lock)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if (rule.Method is not null && !rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase)) continue;
                if (rule.ChatId is not null && rule.ChatId != chatId) continue;
                if (left > 0 && left == 1) _rules.RemoveAt(i);
                else if (left > 0) _rules[i] = (rule, left - 1);
                return rule.Fault;
            }
            return null;
        }
    }
}
