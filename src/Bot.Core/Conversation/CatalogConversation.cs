using Bot.Core.Catalog;
using Bot.Core.Commands;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Core.Questions;
using Bot.Core.Replies;
using Bot.Core.Text;

namespace Bot.Core.Conversation;

/// <summary>The conversation over the event catalog: routes commands, questions in words and button presses, resolves
/// the chat's language and zone, and keeps every reply within Telegram's limits.</summary>
public sealed class CatalogConversation(
    EventCatalog catalog,
    IEnumerable<IBotCommand> commands,
    IEnumerable<ICallbackHandler> callbackHandlers,
    IChatPreferences preferences,
    TimeProvider time,
    ConversationOptions options) : IConversation
{
    private readonly IReadOnlyList<IBotCommand> _commands = commands.ToList();
    private readonly Dictionary<string, IBotCommand> _byName = commands.ToDictionary(c => c.Name.ToLowerInvariant());
    private readonly Dictionary<string, ICallbackHandler> _callbacks = callbackHandlers.ToDictionary(h => h.Prefix);
    private readonly TimeZoneInfo _defaultZone = ZoneOrNull(options.TimeZone) ?? TimeZoneInfo.Utc;

    public async ValueTask<IReadOnlyList<BotReply>> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        var line = CommandLine.TryParse(message.Text);
        var isPrivate = message.Chat.Kind == ChatKind.Private;
        if (line is null)
        {
            // Plain text is a question in a private chat, or in a group when it mentions or replies to us; otherwise
            // it is people talking.
            return Addressing.QuestionIn(message) is { } question ? await AnswerAsync(message, question, cancellationToken) : [];
        }

        if (!line.IsFor(message.BotUsername))
        {
            return [];
        }

        if (!_byName.TryGetValue(line.Name, out var command))
        {
            var strings = Strings.For(message.From.LanguageCode);
            var shown = line.Name.Length > 0 ? "/" + line.Name : "/" + Shorten.To(message.Text.Trim().TrimStart('/'), 20);
            return isPrivate ? [new BotReply(Html.Escape(strings.UnknownCommand(shown)))] : [];
        }

        var view = await ViewAsync(message.Chat.Id, message.From.LanguageCode, cancellationToken);
        var replies = await command.ExecuteAsync(new CommandContext(message, line.Arguments, view, _commands), cancellationToken);
        return replies.SelectMany(r => ReplySplitter.Split(r)).ToList();
    }

    private async ValueTask<IReadOnlyList<BotReply>> AnswerAsync(IncomingMessage message, string question, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(message.Chat.Id, message.From.LanguageCode, cancellationToken);
        var context = new CommandContext(message, question, view, _commands);
        // A bare mention is a hello: the greeting and what we can do.
        var reply = question.Length == 0 ? HelpCommand.Render(context, view.Strings.Greeting) : QuestionAnswerer.Answer(context);
        return ReplySplitter.Split(reply);
    }

    public async ValueTask<BotReply?> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken = default)
    {
        if (!CallbackData.TryParse(callback.Data, out var prefix, out var payload) || !_callbacks.TryGetValue(prefix, out var handler))
        {
            return null;
        }

        var view = await ViewAsync(callback.Chat.Id, callback.From.LanguageCode, cancellationToken);
        var reply = await handler.HandleAsync(new CallbackContext(callback, view), payload, cancellationToken);

        // An edited message cannot grow into several: keep the first part, which carries the essentials.
        return reply is null ? null : ReplySplitter.Split(reply)[0];
    }

    public IReadOnlyList<InlineArticle> AnswerInline(string query, string? languageCode, int limit = 20) =>
        InlineAnswers.For(UserText.WithoutBidiControls(query), View(_defaultZone, languageCode), limit);

    public IReadOnlyList<CommandInfo> Commands(string? languageCode) =>
        _commands.Where(c => c.IsListed).Select(c => new CommandInfo(c.Name, c.Describe(languageCode))).ToList();

    private async ValueTask<ReplyContext> ViewAsync(long chatId, string? languageCode, CancellationToken cancellationToken)
    {
        var zoneId = await preferences.GetTimeZoneAsync(chatId, cancellationToken);
        return View(ZoneOrNull(zoneId) ?? _defaultZone, languageCode);
    }

    private ReplyContext View(TimeZoneInfo zone, string? languageCode) =>
        new(catalog.Current, Strings.For(languageCode), zone, time.GetUtcNow());

    private static TimeZoneInfo? ZoneOrNull(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
