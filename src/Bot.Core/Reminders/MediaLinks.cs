using Bot.Core.Events;

namespace Bot.Core.Reminders;

/// <summary>The slides and replay links a page publishes, event-level and per talk, without duplicates.</summary>
public static class MediaLinks
{
    public static IReadOnlyList<(string Text, string Url, bool IsReplay)> Of(Event evt)
    {
        var links = new List<(string, string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string? text, string? url, bool isReplay)
        {
            if (!string.IsNullOrWhiteSpace(url) && seen.Add(url))
            {
                links.Add((text ?? string.Empty, url, isReplay));
            }
        }

        foreach (var slide in evt.Slides)
        {
            Add(slide.Text, slide.Url, false);
        }

        foreach (var talk in evt.Talks)
        {
            Add(talk.Title, talk.SlidesUrl, false);
            Add(talk.Title, talk.ReplayUrl, true);
        }

        Add(null, evt.ReplayUrl, true);
        return links;
    }

    public static bool HasAny(Event evt) => Of(evt).Count > 0;
}
