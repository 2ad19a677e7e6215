using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/next [channel|meetup]: the next event (of that series); when none is announced, says so and shows the
/// latest one, labelled as past.</summary>
public sealed class NextCommand : IBotCommand
{
    public string Name => "next";

    public string Describe(string? languageCode) => Strings.For(languageCode).NextDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        // Anything but a series word is ignored, as /next always did.
        var filter = SeriesFilterExtensions.TryParse(context.Arguments, out var parsed) ? parsed : SeriesFilter.All;
        return Reply.One(NextCard.Render(context.View, filter));
    }
}
