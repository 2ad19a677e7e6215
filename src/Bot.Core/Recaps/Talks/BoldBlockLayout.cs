namespace Bot.Core.Recaps.Talks;

/// <summary>BOLDBLOCK and BRACKET: a bold <c>**《title》**</c> paragraph opens a talk; <c>嘉宾介绍</c> / <c>「嘉宾简介」</c>
/// bios (one paragraph per speaker, name first), <c>议题简介</c> and <c>听众收获</c> follow; a bare time line is the slot.</summary>
internal static class BoldBlockLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.BoldBracket))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        TalkParts? current = null;
        foreach (var node in page.Nodes)
        {
            if (IsTitle(node))
            {
                current?.Finish();
                var talk = new TalkDraft(TitleText.Unwrap(node.Text), node.Line);
                talks.Add(talk);
                current = new TalkParts(talk, diagnostics);
                continue;
            }

            if (node.Kind == NodeKind.Heading && node.Level <= 2)
            {
                current?.Finish();
                current = null;
                continue;
            }

            current?.Read(node);
        }

        current?.Finish();
        return talks;
    }

    private static bool IsTitle(PageNode node) =>
        node is { IsParagraph: true, IsBold: true, HasLink: false, InQuote: false } && node.Text.TrimStart().StartsWith('《') &&
        TitleText.Bracketed(node.Text) is not null;
}
