using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/search &lt;words&gt;: top talks, speakers and events, each with a button to open it.</summary>
public sealed class SearchCommand : IBotCommand
{
    private const int Limit = 8;

    public string Name => "search";

    public string Describe(string? languageCode) => Strings.For(languageCode).SearchDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var query = Shorten.To(context.Arguments, 200);
        if (query.Length == 0)
        {
            return Reply.Text(context.Strings.SearchUsage);
        }

        var hits = context.Catalog.Search(query, Limit);
        return hits.Count == 0
            ? Reply.Text(context.Strings.NothingFound(Shorten.To(query, 60)))
            : Reply.One(SearchResults.Render(query, hits, context.View));
    }
}
