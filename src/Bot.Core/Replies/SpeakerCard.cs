using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Text;

namespace Bot.Core.Replies;

/// <summary>A person: names, affiliation, a shortened bio, and every talk across events with date and slides.</summary>
public static class SpeakerCard
{
    private const int BioLength = 280;

    public static BotReply Render(SpeakerProfile speaker, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder().Bold(speaker.Name);
        if (speaker.Aliases.Count > 0)
        {
            html.Text($" ({s.AliasesLabel}{string.Join(" / ", speaker.Aliases)})");
        }

        html.Line();
        // Pages often write the affiliation as the bio's first sentence: show it once.
        if (speaker.Affiliation is not null && !TextNormalizer.Key(speaker.Bio).Contains(TextNormalizer.Key(speaker.Affiliation), StringComparison.Ordinal))
        {
            html.Text(Shorten.To(speaker.Affiliation, 120)).Line();
        }

        if (speaker.Bio is not null)
        {
            html.Quote(Shorten.To(speaker.Bio, BioLength));
        }

        html.Paragraph().Bold(s.SpeakerTalksHeading(speaker.Talks.Count)).Line();
        foreach (var talk in speaker.Talks)
        {
            html.Text("• " + When.DateOf(talk.Event, view) + " ").Text(talk.Talk.Title).Text(" — ").Text(talk.Event.SeriesLabel ?? talk.Event.Title);
            if (SlideFinder.ForTalk(talk.Talk, talk.Event) is { } slides)
            {
                html.Text(" · ").Link(s.SlidesLink, slides);
            }

            html.Line();
        }

        var buttons = speaker.Talks.Take(6)
            .Select(t => (IReadOnlyList<ReplyButton>)[new ReplyButton(Shorten.To(t.Talk.Title, 40), CallbackData.Talk(t.Id))])
            .ToList();
        return new BotReply(html.ToString()) { Buttons = buttons };
    }
}
