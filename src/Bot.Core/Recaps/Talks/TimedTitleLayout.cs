using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>An agenda of timed titles, as headings or bold paragraphs: <c>### 19:05-20:00 title</c>,
/// <c>**9:20 - 10:10 title by name**</c>. A title that names its speaker after <c>by</c> makes the paragraphs under the
/// titles descriptions (workshops); otherwise the paragraph right under a title is its speaker line, and a host's
/// line (<c>SOFAGirl 主持人</c>) marks a slot that is no talk. Housekeeping slots (lunch, sign-in) are skipped.</summary>
internal static class TimedTitleLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.SlotHeading | PageSignals.BoldSlot))
        {
            return [];
        }

        var titles = new List<(int Node, TalkDraft Talk)>();
        var nodes = page.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            var isCandidate = node.Kind == NodeKind.Heading || (node.IsParagraph && node.IsBold && node.ListDepth == 0);
            if (!isCandidate || !SlotText.TryRead(node.Text, out var slot, out var used, out var impossible) || slot.End is null && !impossible)
            {
                continue;
            }

            var title = TitleText.Unwrap(node.Text[used..]);
            if (Housekeeping.IsHousekeeping(title))
            {
                continue;
            }

            if (impossible)
            {
                diagnostics.Warn(node.Line, "talk-slot-impossible", $"the agenda slot in '{node.Text.Trim()}' ends before it starts");
            }

            titles.Add((i, new TalkDraft(title, node.Line) { Slot = impossible ? null : slot }));
        }

        var byNames = titles.Exists(t => t.Talk.Title.Contains(" by ", StringComparison.OrdinalIgnoreCase));
        var talks = new List<TalkDraft>();
        foreach (var (at, talk) in titles)
        {
            var under = at + 1 < nodes.Length && nodes[at + 1] is { IsParagraph: true, IsBold: false } next ? next.Text : null;
            if (byNames)
            {
                var by = talk.Title.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                if (by > 0)
                {
                    talk.AddSpeaker(new Speaker(talk.Title[(by + 4)..].Trim(), []));
                    talk.Title = talk.Title[..by].Trim();
                }

                talk.Abstract = under is null ? null : TitleText.Display(under);
            }
            else if (under is not null && NameRules.IsHost(under))
            {
                continue;
            }
            else if (under is not null)
            {
                SpeakerNotation.ParseMany(under).ForEach(talk.AddSpeaker);
            }

            talks.Add(talk);
        }

        return talks;
    }
}
