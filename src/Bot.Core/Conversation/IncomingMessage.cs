using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <param name="BotUsername">Our username without '@', to tell <c>/cmd@OurBot</c> from <c>/cmd@OtherBot</c>; null offline.</param>
/// <param name="RepliesToBot">The message replies to one of ours: in a group, a question for us.</param>
/// <param name="Text">What the member wrote, without bidi control characters (our replies may echo it).</param>
public sealed record IncomingMessage(ChatRef Chat, Sender From, string Text, string? BotUsername = null, bool RepliesToBot = false)
{
    public string Text { get; init; } = UserText.WithoutBidiControls(Text);
}
