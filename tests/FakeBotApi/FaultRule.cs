namespace FakeBotApi;

/// <summary>Applies <paramref name="Fault"/> to the next <paramref name="Times"/> matching calls (negative: every one).</summary>
/// <param name="Method">Method name (case-insensitive), null for any method.</param>
/// <param name="ChatId">Only calls addressed to this chat, null for any.</param>
public sealed record FaultRule(Fault Fault, string? Method = null, long? ChatId = null, int Times = 1);
