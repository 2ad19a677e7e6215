using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>◀ ▶ on a result list: the same search, another page, in place.</summary>
public sealed class SearchPageCallback : ICallbackHandler
{
    public string Prefix => CallbackData.SearchPagePrefix;

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CallbackData.TryParseSearchPage(payload, out var scope, out var page, out var query)
            ? SearchResults.Render(query, scope, page, context.View)
            : null);
}
