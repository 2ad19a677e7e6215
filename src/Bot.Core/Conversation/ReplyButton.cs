namespace Bot.Core.Conversation;

/// <summary>An inline button: either a callback (≤ 64 bytes of data) or a URL.</summary>
public sealed record ReplyButton(string Text, string? CallbackData = null, string? Url = null);
