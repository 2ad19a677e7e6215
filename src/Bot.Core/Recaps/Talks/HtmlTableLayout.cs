using System.Text;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>HTMLTABLE: a raw <c>&lt;table&gt;</c> agenda (channel-1) read leniently from its HTML block only:
/// rows split at <c>&lt;tr</c>, cells at <c>&lt;td</c>, tags stripped; unclosed cells are fine.</summary>
internal static class HtmlTableLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.HtmlTable))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        foreach (var node in page.Nodes)
        {
            if (node.Kind == NodeKind.Html && node.Text.Contains("<table", StringComparison.OrdinalIgnoreCase))
            {
                ReadTable(node, diagnostics, talks);
            }
        }

        return talks;
    }

    private static void ReadTable(PageNode node, DiagnosticBag diagnostics, List<TalkDraft> talks)
    {
        foreach (var row in node.Text.Split("<tr", StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = row.Split("<td", StringSplitOptions.None).Skip(1).Select(StripTags).ToArray();
            if (cells.Length < 2)
            {
                continue;
            }

            var title = TitleText.Bracketed(cells[1]);
            if (title is null)
            {
                continue;
            }

            var talk = new TalkDraft(title, node.Line);
            if (SlotText.TryRead(cells[0], out var slot, out _, out var impossible))
            {
                talk.Slot = impossible ? null : slot;
                if (impossible)
                {
                    diagnostics.Warn(node.Line, "talk-slot-impossible", $"the agenda slot '{cells[0].Trim()}' ends before it starts");
                }
            }

            talk.AddSpeaker(SpeakerNotation.Parse(TitleText.AfterBracket(cells[1]), nameMayBeLast: true));
            talks.Add(talk);
        }
    }

    private static string StripTags(string cell)
    {
        var sb = new StringBuilder(cell.Length);
        var inTag = cell.Length > 0 && cell[0] != '>';
        var start = inTag ? 0 : 1;
        for (var i = start; i < cell.Length; i++)
        {
            var c = cell[i];
            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (c == '<')
            {
                inTag = true;
                sb.Append(' ');
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }
}
