using Bot.Core.Formatting;
using Bot.Core.Replies;

namespace Bot.Core.Conversation;

/// <summary>Inline mode: talks, speakers and events matching the words, or upcoming events for an empty query.</summary>
internal static class InlineAnswers
{
    public static IReadOnlyList<InlineArticle> For(string query, ReplyContext view, int limit)
    {
        limit = Math.Clamp(limit, 0, 50);
        if (string.IsNullOrWhiteSpace(query))
        {
            var upcoming = view.Catalog.Upcoming(view.Now).Take(limit).ToList();
            var events = upcoming.Count > 0 ? upcoming : view.Catalog.Events.Take(limit).ToList();
            return events.Select(e => new InlineArticle(
                CallbackData.Event(view.Catalog.KeyOf(e)), Shorten.To(e.Title, 100), When.Of(e, view), Fit(EventCard.Render(e, view)))).ToList();
        }

        return view.Catalog.Search(query, limit).Select(hit =>
        {
            var (line, label, data) = SearchResults.Describe(hit, view);
            var card = hit.Kind switch
            {
                Catalog.SearchHitKind.Speaker => SpeakerCard.Render(hit.Speaker!, view),
                Catalog.SearchHitKind.Talk => TalkCard.Render(hit.Talk!, view),
                _ => EventCard.Render(hit.Event!, view),
            };
            return new InlineArticle(data, Shorten.To(label, 100), Shorten.To(line, 200), Fit(card));
        }).ToList();
    }

    // An inline result is one message: keep the first part when a card is too long, and drop callback buttons
    // (they would come back to a chat where the message is not ours to edit) — URL buttons stay.
    private static BotReply Fit(BotReply card) =>
        ReplySplitter.Split(card)[0] with { Buttons = card.Buttons.Select(row => (IReadOnlyList<ReplyButton>)row.Where(b => b.Url is not null).ToList()).Where(r => r.Count > 0).ToList() };
}
