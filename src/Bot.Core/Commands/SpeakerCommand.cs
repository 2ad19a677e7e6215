using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>/speaker &lt;name or 花名&gt;: the speaker's card; several matches → buttons; none → the closest names.</summary>
public sealed class SpeakerCommand : IBotCommand
{
    public string Name => "speaker";

    public string Describe(string? languageCode) => Strings.For(languageCode).SpeakerDescription;

    public ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var name = Shorten.To(context.Arguments, 100);
        if (name.Length == 0)
        {
            return Reply.Text(context.Strings.SpeakerUsage);
        }

        var found = context.Catalog.FindSpeakersByName(name);
        if (found.Count == 0)
        {
            found = context.Catalog.Search(name, 8, h => h.Kind == SearchHitKind.Speaker).Select(h => h.Speaker!).ToList();
        }

        return found.Count switch
        {
            1 => Reply.One(SpeakerCard.Render(found[0], context.View)),
            0 => Reply.One(NotFound(context, name)),
            _ => Reply.One(SpeakerChoice.Render(Html.Escape(context.Strings.SeveralSpeakers(name)), found)),
        };
    }

    private static BotReply NotFound(CommandContext context, string name)
    {
        var closest = ClosestNames.For(context.Catalog, name);
        var html = new HtmlBuilder().Text(context.Strings.SpeakerNotFound(Shorten.To(name, 60))).Line().Text(context.Strings.SpeakerUsage);
        if (closest.Count == 0)
        {
            return new BotReply(html.ToString());
        }

        html.Paragraph().Text(context.Strings.ClosestNames + context.Strings.SentenceGap + string.Join(", ", closest.Select(s => s.Name)));
        return SpeakerChoice.Render(html.ToString(), closest);
    }
}
