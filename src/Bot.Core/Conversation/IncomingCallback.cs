namespace Bot.Core.Conversation;

/// <summary>A button press on one of our messages.</summary>
public sealed record IncomingCallback(ChatRef Chat, Sender From, string Data);
