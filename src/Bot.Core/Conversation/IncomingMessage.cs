namespace Bot.Core.Conversation;

/// <param name="BotUsername">Our username without '@', to tell <c>/cmd@OurBot</c> from <c>/cmd@OtherBot</c>; null offline.</param>
public sealed record IncomingMessage(ChatRef Chat, Sender From, string Text, string? BotUsername = null);
