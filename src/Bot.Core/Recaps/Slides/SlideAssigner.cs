using Bot.Core.Recaps.Talks;

namespace Bot.Core.Recaps.Slides;

/// <summary>Gives talks their slide and replay URLs from the summary's link lists (§7, §8). A single link on a
/// single-talk page is that talk's; one generic link on a multi-talk page is the event's, not a talk's.</summary>
internal static class SlideAssigner
{
    public static void AssignSlides(List<TalkDraft> talks, IReadOnlyList<PageLink> links, DiagnosticBag diagnostics)
    {
        var usable = links.Where(l => !LinkTitle.IsPlaceholder(l.Text) && !string.IsNullOrEmpty(l.Url)).ToArray();
        if (usable.Length == 0 || talks.Count == 0)
        {
            return;
        }

        if (talks.Count == 1)
        {
            var best = usable.Length == 1 ? 0 : Array.IndexOf(LinkMatcher.Match(talks, usable), 0);
            talks[0].SlidesUrl ??= usable[Math.Max(best, 0)].Url;
            return;
        }

        // `**PPT 下载**：https://…` under one talk's title: a generic link inside a talk's block is that talk's.
        if (usable.All(l => LinkTitle.IsGeneric(l.Text)) && ByPlace(talks, usable) is { } placed)
        {
            for (var i = 0; i < usable.Length; i++)
            {
                talks[placed[i]].SlidesUrl ??= usable[i].Url;
            }

            return;
        }

        if (usable.All(l => LinkTitle.IsGeneric(l.Text)))
        {
            diagnostics.Info(usable[0].Line, "slides-for-event", "one slides link for the whole event; it is not attached to a talk");
            return;
        }

        Attach(talks, usable, diagnostics, (t, url) => t.SlidesUrl ??= url, "slides-unmatched", "slide link");
    }

    public static void AssignReplays(List<TalkDraft> talks, IReadOnlyList<PageLink> links, DiagnosticBag diagnostics)
    {
        var named = links.Where(l => !LinkTitle.IsPlaceholder(l.Text) && !LinkTitle.IsGeneric(l.Text)).ToArray();
        if (named.Length > 0 && talks.Count > 0)
        {
            Attach(talks, named, diagnostics, (t, url) => t.ReplayUrl ??= url, "replay-unmatched", "replay link");
        }
    }

    // `### Title` / `Speaker: …` / `Slides: [PDF](…)`: each link written inside one talk's block, under its title and
    // before the next talk's, is that talk's, whatever its text says. Only when every link sits alone in a block: links
    // listed together (a deck list after the agenda) are matched by their titles. Talks come in page order.
    private static int[]? ByPlace(List<TalkDraft> talks, PageLink[] links)
    {
        var owner = new int[links.Length];
        for (var i = 0; i < links.Length; i++)
        {
            var talk = talks.FindLastIndex(t => t.Line <= links[i].Line);
            var tail = talk == talks.Count - 1;
            if (talk < 0 || Array.IndexOf(owner, talk, 0, i) >= 0 || (tail && i == 0))
            {
                return null;
            }

            owner[i] = talk;
        }

        return owner;
    }

    private static void Attach(List<TalkDraft> talks, PageLink[] links, DiagnosticBag diagnostics, Action<TalkDraft, string> set, string code, string what)
    {
        var owner = ByPlace(talks, links) ?? LinkMatcher.Match(talks, links);
        for (var i = 0; i < links.Length; i++)
        {
            if (owner[i] >= 0)
            {
                set(talks[owner[i]], links[i].Url);
            }
            else
            {
                diagnostics.Warn(links[i].Line, code, $"the {what} '{TitleText.Display(links[i].Text)}' matches no talk on the page");
            }
        }
    }
}
