using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Search hits as a list with one button per hit to open its card.</summary>
public static class SearchResults
{
    public static BotReply Render(string query, IReadOnlyList<SearchHit> hits, ReplyContext view)
    {
        var s = view.Strings;
        var html = new HtmlBuilder().Bold(s.SearchHeading(Shorten.To(query, 60), hits.Count)).Line();
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        foreach (var (hit, i) in hits.Select((h, i) => (h, i + 1)))
        {
            var (line, label, data) = Describe(hit, view);
            html.Text($"{i}. ").Text(line).Line();
            buttons.Add([new ReplyButton($"{i}. {Shorten.To(label, 40)}", data)]);
        }

        return new BotReply(html.ToString()) { Buttons = buttons };
    }

    public static (string Line, string Label, string Data) Describe(SearchHit hit, ReplyContext view) => hit.Kind switch
    {
        SearchHitKind.Speaker => (
            $"👤 {hit.Speaker!.Name}" + (hit.Speaker.Aliases.Count > 0 ? $" ({string.Join(" / ", hit.Speaker.Aliases)})" : string.Empty)
                + $" — {view.Strings.TalkCount(hit.Speaker.Talks.Count)}",
            hit.Speaker.Name,
            CallbackData.Speaker(hit.Speaker.Id)),
        SearchHitKind.Talk => (
            $"🎤 {hit.Talk!.Talk.Title} — {string.Join(", ", hit.Talk.Talk.Speakers.Select(sp => sp.Name))} ({When.DateOf(hit.Talk.Event, view)})",
            hit.Talk.Talk.Title,
            CallbackData.Talk(hit.Talk.Id)),
        _ => (
            $"📅 {hit.Event!.Title} ({When.DateOf(hit.Event, view)})",
            hit.Event.Title,
            CallbackData.Event(view.Catalog.KeyOf(hit.Event))),
    };
}
