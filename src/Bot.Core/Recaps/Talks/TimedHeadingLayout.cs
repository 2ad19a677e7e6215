using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>H3TIME / BOLDTIME: <c>### 19:05-20:00  title</c> (or the same as a bold paragraph) followed by a speaker
/// line; host slots (<c>主持人开场</c> / <c>SOFAGirl 主持人</c>) are skipped.</summary>
internal static class TimedHeadingLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.SlotHeading | PageSignals.BoldSlot))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        var nodes = page.Nodes;
        for (var i = 0; i < nodes.Count; i++)
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

            var talk = new TalkDraft(title, node.Line) { Slot = impossible ? null : slot };
            if (i + 1 < nodes.Count && nodes[i + 1].IsParagraph && !nodes[i + 1].IsBold)
            {
                var speakerLine = nodes[i + 1].Text;
                if (NameRules.IsHost(speakerLine))
                {
                    continue;
                }

                foreach (var speaker in SpeakerNotation.ParseMany(speakerLine))
                {
                    talk.AddSpeaker(speaker);
                }
            }

            talks.Add(talk);
        }

        return talks;
    }
}
