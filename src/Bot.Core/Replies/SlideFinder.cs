using Bot.Core.Events;
using Bot.Core.Formatting;
using Bot.Core.Text;

namespace Bot.Core.Replies;

/// <summary>Where a talk's deck is: its own link, or the event's slide link whose text names the talk
/// (pages list 资料下载 links titled like the talks).</summary>
public static class SlideFinder
{
    public static string? ForTalk(Talk talk, Event e)
    {
        if (HtmlBuilder.IsWebUrl(talk.SlidesUrl))
        {
            return talk.SlidesUrl;
        }

        var title = Core(talk.Title);
        if (title.Length == 0)
        {
            return null;
        }

        return e.Slides.FirstOrDefault(link =>
        {
            var text = Core(link.Text);
            return text.Length > 0 && (text.Contains(title, StringComparison.Ordinal) || title.Contains(text, StringComparison.Ordinal));
        })?.Url;
    }

    /// <summary>Every deck of the event: the talks' own, then the page's list, without duplicates.</summary>
    public static IReadOnlyList<SlideLink> ForEvent(Event e) =>
        e.Talks.Where(t => HtmlBuilder.IsWebUrl(t.SlidesUrl)).Select(t => new SlideLink(t.SlidesUrl!, t.Title))
            .Concat(e.Slides.Where(l => HtmlBuilder.IsWebUrl(l.Url)))
            .DistinctBy(l => l.Url)
            .ToList();

    private static string Core(string? text) => TextNormalizer.Key(text).Trim('《', '》', '"', '“', '”', '「', '」');
}
