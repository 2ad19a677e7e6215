using Bot.Core.Conversation;

namespace Bot.Tests.Telegram;

/// <summary>The real conversation, except that a message containing "stuck" waits until <paramref name="release"/>
/// completes or the host gives up on it: an update still being handled when the bot stops. <paramref name="entered"/>, if
/// given, completes once such a message is in hand.</summary>
internal sealed class StuckConversation(IConversation inner, Task release, TaskCompletionSource? entered = null) : IConversation
{
    public async ValueTask<IReadOnlyList<BotReply>> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        if (message.Text.Contains("stuck", StringComparison.Ordinal))
        {
            entered?.TrySetResult();
            await release.WaitAsync(cancellationToken);
        }

        return await inner.HandleMessageAsync(message, cancellationToken);
    }

    public ValueTask<BotReply?> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken = default) => inner.HandleCallbackAsync(callback, cancellationToken);

    public IReadOnlyList<InlineArticle> AnswerInline(string query, string? languageCode, int limit = 20) => inner.AnswerInline(query, languageCode, limit);

    public IReadOnlyList<CommandInfo> Commands(string? languageCode) => inner.Commands(languageCode);
}
