using Bot.Core.Events;
using Bot.Core.Recaps.Slides;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Recaps.Talks;

namespace Bot.Core.Recaps;

/// <summary>Finds the talks of a page in agenda order, whatever layout the page uses (docs/PAGE-FORMAT.md §5–§7).
/// Total: odd structures give no talks and a diagnostic, never an exception.</summary>
public static class TalkExtractor
{
    public static IReadOnlyList<Talk> Extract(TalkContext context)
    {
        try
        {
            return ExtractCore(context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A layout bug must cost this page its talks, not the whole parse.
            context.Diagnostics.Error(1, "talks-failed", $"talk extraction failed ({ex.GetType().Name}); the page is served without talks");
            return [];
        }
    }

    private static List<Talk> ExtractCore(TalkContext context)
    {
        var page = new PageView(context.Document, context.Outline);
        var diagnostics = context.Diagnostics;
        var guests = GuestSection.Read(page);
        var talks = LayoutChain.Extract(page, diagnostics, oneTalk: context.Kind is EventKind.LiveStream or EventKind.Webinar, guestsListed: guests.Count > 0);
        // `### 活动地点：某大学报告厅` above `### 演讲嘉宾：…`: a line that states the event's time, place or link is no talk,
        // whatever layout took it for a title, and nor is a heading that only says the day (`### Tuesday, October 8th @ 7PM`).
        talks.RemoveAll(t => FactLabels.StatedBy(t.Title) || Dates.DateTitle.IsOnlyDate(t.Title));
        QuotedFullTitle.Apply(page, talks);
        var fromLinks = false;
        if (context.Kind is EventKind.LiveStream or EventKind.Webinar)
        {
            talks = SingleTalk.Assemble(context, talks, guests, page);
        }
        else if (talks.Count == 0)
        {
            talks = LinksOnlyLayout.Extract(context.SlideLinks, context.ReplayLinks, guests);
            // `[All slides of the day](…)`, `PPT 合集`: the whole event's decks, no talk of their own.
            talks.RemoveAll(t => LayoutChain.IsLinkLabel(t.Title) || Slides.LinkTitle.IsCollection(t.Title));
            fromLinks = talks.Count > 0;
        }

        if (talks.Count == 0 && context.Kind is not (EventKind.LiveStream or EventKind.Webinar))
        {
            talks = TopicsAndGuests.Pair(page, guests);
            talks = talks.Count > 0 ? talks : ProseTalks.Read(page);
        }

        if (talks.Count == 0)
        {
            talks = SessionTalk.Assemble(context, page, guests, FrontMatterAuthor.Of(context.Document));
        }

        if (talks.Count == 0 && context.Kind is EventKind.Workshop)
        {
            // A workshop page that lists no talks is one session: the workshop, led by its guests if the page names them.
            talks = SingleTalk.Assemble(context with { PageTitle = SeriesPrefix.Strip(context.PageTitle) }, [], guests, page);
        }

        if (!fromLinks)
        {
            SpeakerDecks.Assign(page, talks);
            SlideAssigner.AssignSlides(talks, context.SlideLinks, diagnostics);
            SlideAssigner.AssignReplays(talks, context.ReplayLinks, diagnostics);
        }

        TwelveHourAgenda.Settle(talks);
        Tidy(talks, guests);
        Diagnose(talks, fromLinks, diagnostics);
        UnreadSpeakerLines(page, diagnostics);
        return talks.ConvertAll(t => t.ToTalk());
    }

    // The page's author stays where the page names them as a speaker: editors of recaps write up their own talks
    // (`谢益辉：[R语言的历史背景…](…)` on a page by 谢益辉).
    private static void Tidy(List<TalkDraft> talks, List<Speaker> guests)
    {
        foreach (var talk in talks)
        {
            talk.Speakers.RemoveAll(s => NameRules.IsHost(s.Name));
            for (var i = 0; i < talk.Speakers.Count; i++)
            {
                foreach (var guest in guests)
                {
                    if (SpeakerMerge.SharesName(talk.Speakers[i], guest))
                    {
                        talk.Speakers[i] = SpeakerMerge.Merge(talk.Speakers[i], guest);
                    }
                }
            }
        }
    }

    // Whatever layout read the page, a speaker label whose value names nobody means a speaker is missing somewhere.
    private static void UnreadSpeakerLines(PageView page, DiagnosticBag diagnostics)
    {
        foreach (var node in page.Nodes)
        {
            if (!node.IsParagraph)
            {
                continue;
            }

            // A one-line paragraph is its own only line: read as it is, without the array of its lines.
            if (!node.Text.Contains('\n'))
            {
                WarnIfUnreadable(node.Text, node, page, diagnostics);
                continue;
            }

            foreach (var line in node.Lines)
            {
                WarnIfUnreadable(line, node, page, diagnostics);
            }
        }
    }

    private static void WarnIfUnreadable(string line, PageNode node, PageView page, DiagnosticBag diagnostics)
    {
        if (line.Length > 0 && SpeakerLine.IsUnreadable(line, out var value, page.People))
        {
            diagnostics.Warn(node.Line, "speaker-not-understood",
                $"the speaker line '{value}' names nobody the parser reads as a person; write the name first (张三，公司 or Jane Doe, Company)");
        }
    }

    private static void Diagnose(List<TalkDraft> talks, bool fromLinks, DiagnosticBag diagnostics)
    {
        if (fromLinks)
        {
            diagnostics.Info(talks[0].Line, "talks-from-links", $"{talks.Count} talks known only from slide/replay link texts");
        }

        foreach (var talk in talks)
        {
            if (talk.Speakers.Count > 0 || fromLinks)
            {
                continue;
            }

            // On a multi-talk page a speakerless talk is a gap in the agenda; a single talk without a name is just terse.
            var message = $"the talk '{talk.Title}' names no speaker";
            if (talks.Count > 1)
            {
                diagnostics.Warn(talk.Line, "talk-no-speakers", message);
            }
            else
            {
                diagnostics.Info(talk.Line, "talk-no-speakers", message);
            }
        }
    }
}
