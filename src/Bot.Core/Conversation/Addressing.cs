namespace Bot.Core.Conversation;

/// <summary>Whether a message that is no command is a question for us: anything in a private chat; in a group only a
/// message that mentions us (<c>@OurBot 下次直播什么时候？</c>) or replies to one of our messages — exactly what Telegram's
/// privacy mode delivers — and never people talking among themselves.</summary>
public static class Addressing
{
    /// <summary>The question without our mention, or null when the message is not for us.</summary>
    public static string? QuestionIn(IncomingMessage message)
    {
        var text = message.Text.Trim();
        var mentioned = false;
        if (message.BotUsername is { Length: > 0 } username)
        {
            (text, mentioned) = WithoutMention(text, "@" + username.TrimStart('@'));
        }

        return message.Chat.Kind == ChatKind.Private || message.Chat.IsGroup && (mentioned || message.RepliesToBot) ? text : null;
    }

    /// <summary>Whether the sender waits for an answer (so a failure deserves an apology): private chats, our commands,
    /// and questions addressed to us in groups.</summary>
    public static bool ExpectsAnswer(IncomingMessage message) =>
        CommandLine.TryParse(message.Text) is { } line
            ? message.Chat.Kind == ChatKind.Private || line.Name.Length > 0 && line.IsFor(message.BotUsername)
            : QuestionIn(message) is not null;

    private static (string Text, bool Found) WithoutMention(string text, string mention)
    {
        var found = false;
        for (var at = text.IndexOf(mention, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(mention, at, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + mention.Length;
            // A mention stands apart: not @OurBotFan, not someone@OurBot.example.
            if (end < text.Length && IsNameChar(text[end]) || at > 0 && IsNameChar(text[at - 1]))
            {
                at = end;
                continue;
            }

            text = (text[..at].TrimEnd() + " " + text[end..].TrimStart()).Trim();
            found = true;
            at = 0;
        }

        return (text, found);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
