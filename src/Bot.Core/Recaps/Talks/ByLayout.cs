using Bot.Core.Events;

namespace Bot.Core.Recaps.Talks;

/// <summary>BY (workshops): bold <c>**9:20 - 10:10 title by name**</c> lines, optionally followed by a description;
/// a slot without <c>by</c> is a talk without a speaker unless it is lunch.</summary>
internal static class ByLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.BoldSlot))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        var anyBy = false;
        TalkDraft? last = null;
        foreach (var node in page.Nodes)
        {
            if (node is { IsParagraph: true, IsBold: true } && SlotText.TryRead(node.Text, out var slot, out var used, out var impossible))
            {
                var text = TitleText.Display(node.Text[used..]);
                if (impossible)
                {
                    diagnostics.Warn(node.Line, "talk-slot-impossible", $"the slot in '{node.Text.Trim()}' ends before it starts");
                }

                last = null;
                if (Housekeeping.IsHousekeeping(text))
                {
                    continue;
                }

                var by = text.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
                var talk = new TalkDraft(by > 0 ? text[..by].Trim() : text, node.Line) { Slot = impossible ? null : slot };
                if (by > 0)
                {
                    anyBy = true;
                    talk.AddSpeaker(new Speaker(text[(by + 4)..].Trim(), []));
                }

                talks.Add(talk);
                last = talk;
            }
            else if (last is not null && node is { IsParagraph: true, IsBold: false })
            {
                last.Abstract ??= TitleText.Display(node.Text);
            }
            else if (node.Kind == NodeKind.Heading)
            {
                last = null;
            }
        }

        return anyBy ? talks : [];
    }
}
