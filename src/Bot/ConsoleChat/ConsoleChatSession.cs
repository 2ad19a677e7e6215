using System.Globalization;
using Bot.Content;
using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.ConsoleChat;

/// <summary>The offline chat: one private chat with the conversation over stdin/stdout. A line that is just a
/// number presses that button of the previous reply (or is told there is no such button).</summary>
public sealed partial class ConsoleChatSession(
    IConversation conversation, ContentCatalogLoader loader, IOptions<ConsoleChatOptions> options, ILogger<ConsoleChatSession> logger)
{
    private const long ChatId = 1;

    public async Task RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken = default)
    {
        var chat = new ChatRef(ChatId, ChatKind.Private);
        var sender = new Sender(ChatId, options.Value.Language ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var content = loader.Last;
        await output.WriteLineAsync(content.Found
            ? $"Content: {content.Folder} — {content.Events} events, {content.Talks} talks ({content.Pages} pages, {content.FailedPages} failed)"
            : $"Content: {content.Folder} not found — no events loaded (use --content DIR)");
        await output.WriteLineAsync("Type a command (/help), a number to press a button; end of input exits.");

        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("> ");
                await output.FlushAsync(cancellationToken);
            }

            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                buttons = await AnswerAsync(line.Trim(), chat, sender, buttons, output, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAnswerFailed(ex, UserText.ForLog(line));
                await output.WriteLineAsync("(something went wrong answering that; see the log)");
            }

            await output.FlushAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ReplyButton>> AnswerAsync(
        string line, ChatRef chat, Sender sender, IReadOnlyList<ReplyButton> previous, TextWriter output, CancellationToken cancellationToken)
    {
        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            if (choice < 1 || choice > previous.Count)
            {
                // A bare number is a button press; one that is not on screen is said so, not searched for.
                await output.WriteLineAsync(Strings.For(sender.LanguageCode).NoSuchButton(choice, previous.Count));
                return previous;
            }

            var button = previous[choice - 1];
            if (button.CallbackData is null)
            {
                await output.WriteLineAsync($"{button.Text} <{button.Url}>");
                return previous;
            }

            var edited = await conversation.HandleCallbackAsync(new IncomingCallback(chat, sender, button.CallbackData), cancellationToken);
            return edited is null ? previous : await PrintAsync([edited], output);
        }

        var replies = await conversation.HandleMessageAsync(new IncomingMessage(chat, sender, line), cancellationToken);
        return replies.Count == 0 ? previous : await PrintAsync(replies, output);
    }

    private static async Task<IReadOnlyList<ReplyButton>> PrintAsync(IReadOnlyList<BotReply> replies, TextWriter output)
    {
        IReadOnlyList<ReplyButton> buttons = [];
        foreach (var reply in replies)
        {
            buttons = reply.Buttons.SelectMany(row => row).ToList();
            await output.WriteLineAsync(ConsoleRenderer.Render(reply, buttons));
        }

        return buttons;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Answering console line {Line} failed")]
    private partial void LogAnswerFailed(Exception exception, string line);
}
