using Bot.Core.Catalog;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

/// <summary>Search hits as a numbered list with the true total, one button per hit to open its card, and ◀ ▶ to
/// page through all of them.</summary>
public static class SearchResults
{
    public const int PageSize = 8;

    /// <summary>Page <paramref name="page"/> (clamped) of every hit for <paramref name="query"/>; null when nothing matches.</summary>
    /// <param name="note">A line above the list (e.g. which word a typo was taken for).</param>
    public static BotReply? Render(string query, SearchScope scope, int page, ReplyContext view, string? note = null)
    {
        var hits = view.Catalog.SearchAll(query, scope.Filter());
        return hits.Count == 0 ? null : Render(query, scope, hits, page, view, note);
    }

    public static BotReply Render(string query, SearchScope scope, IReadOnlyList<SearchHit> hits, int page, ReplyContext view, string? note = null)
    {
        var s = view.Strings;
        var pages = (hits.Count + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, Math.Max(1, pages));
        var shown = Shorten.To(query, 60);
        var html = new HtmlBuilder();
        if (note is not null)
        {
            html.Italic(note).Line();
        }

        html.Bold(scope == SearchScope.Talks ? s.TalksAboutHeading(shown, hits.Count) : s.SearchHeading(shown, hits.Count));
        if (pages > 1)
        {
            html.Text(" · " + s.PageOf(page, pages));
        }

        html.Line();
        var buttons = new List<IReadOnlyList<ReplyButton>>();
        var first = (page - 1) * PageSize;
        for (var i = first; i < Math.Min(first + PageSize, hits.Count); i++)
        {
            var (line, label, data) = Describe(hits[i], view);
            html.Text($"{i + 1}. ").Text(line).Line();
            buttons.Add([new ReplyButton($"{i + 1}. {Shorten.To(label, 40)}", data)]);
        }

        if (Navigation(query, scope, page, pages) is { Count: > 0 } nav)
        {
            buttons.Add(nav);
        }
        else if (pages > 1)
        {
            // Buttons carry the query; one too long for them cannot be paged, so say how to narrow it.
            html.Italic(s.NarrowTheSearch);
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

    private static List<ReplyButton> Navigation(string query, SearchScope scope, int page, int pages)
    {
        var nav = new List<ReplyButton>();
        if (page > 1 && CallbackData.SearchPage(scope, page - 1, query) is { } previous)
        {
            nav.Add(new ReplyButton("◀ " + (page - 1), previous));
        }

        if (page < pages && CallbackData.SearchPage(scope, page + 1, query) is { } next)
        {
            nav.Add(new ReplyButton((page + 1) + " ▶", next));
        }

        return nav;
    }
}
