namespace Bot.Core.Recaps.Talks;

/// <summary>SESSIONLINK: a bold title line followed on the next line by nothing but a link to the session's page
/// (<c>**A talk**</c> / <c>[View session details](…)</c>), the way conference pages point at their schedule entries.
/// Such a card names no speaker: the talk is known by its title alone. Tried last, where no other shape found a talk.</summary>
internal static class SessionLinkLayout
{
    private static readonly Text.WordSet DetailWords = new("detail", "详情", "session page", "schedule entry");

    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        var talks = new List<TalkDraft>();
        foreach (var node in page.Nodes)
        {
            if (node is { IsParagraph: true, HasLink: true, InQuote: false } && node.OpensWithBoldLine && node.Lines.Length == 2 &&
                node.Links is [var link] && link.Text.Trim() == node.Lines[1] && DetailWords.In(link.Text))
            {
                talks.Add(new TalkDraft(node.Lines[0], node.Line));
            }
        }

        return talks;
    }
}
