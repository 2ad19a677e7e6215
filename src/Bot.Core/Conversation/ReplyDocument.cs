namespace Bot.Core.Conversation;

public sealed record ReplyDocument(string FileName, string ContentType, byte[] Content);
