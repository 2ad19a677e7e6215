using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/search &lt;words&gt;: talks, speakers and events, best first, each with a button to open it; the true
/// total and ◀ ▶ through all of them; a typo gets the nearest name or title word.</summary>
public sealed class SearchCommand : IBotCommand
{
    public string Name => "search";

    public string Describe(string? languageCode) => Strings.For(languageCode).SearchDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var query = Shorten.To(context.Arguments, 200);
        if (query.Length == 0)
        {
            return Reply.Text(context.Strings.SearchUsage);
        }

        // Nothing found: the nearest names and title words (a typo), else say so plainly.
        return SearchResults.Render(query, SearchScope.All, 1, context.View) is { } results ? Reply.One(results)
            : NearMissAnswers.Search(query, context.View) is { } mended ? Reply.One(mended)
            : Reply.Text(context.Strings.NothingFound(Shorten.To(query, 60)));
    }
}
