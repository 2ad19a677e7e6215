using Bot.Core.Events;
using Bot.Core.Recaps.Slides;

namespace Bot.Core.Recaps.Talks;

/// <summary>LINKSONLY: talks known only from the slide and replay link texts, merged by title; when the page lists as
/// many guests as talks (the anniversaries), the guests are the speakers in slide order.</summary>
internal static class LinksOnlyLayout
{
    public static List<TalkDraft> Extract(IReadOnlyList<PageLink> slides, IReadOnlyList<PageLink> replays, List<Speaker> guests)
    {
        var talks = new List<TalkDraft>();
        foreach (var link in slides)
        {
            if (!LinkTitle.IsGeneric(link.Text) && !LinkTitle.IsPlaceholder(link.Text))
            {
                talks.Add(new TalkDraft(LinkTitle.Of(link.Text), link.Line) { SlidesUrl = link.Url });
            }
        }

        var named = replays.Where(r => !LinkTitle.IsGeneric(r.Text) && !LinkTitle.IsPlaceholder(r.Text)).ToArray();
        var owner = LinkMatcher.Match(talks, named, orderFallback: talks.Count == named.Length);
        for (var r = 0; r < named.Length; r++)
        {
            if (owner[r] >= 0)
            {
                talks[owner[r]].ReplayUrl ??= named[r].Url;
            }
            else
            {
                talks.Add(new TalkDraft(LinkTitle.Of(named[r].Text), named[r].Line) { ReplayUrl = named[r].Url });
            }
        }

        if (guests.Count == talks.Count)
        {
            for (var i = 0; i < talks.Count; i++)
            {
                talks[i].AddSpeaker(guests[i]);
            }
        }

        return talks;
    }
}
