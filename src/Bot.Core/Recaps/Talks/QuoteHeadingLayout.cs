using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>H3QUOTE: <c>### 《title》</c>, then a <c>&gt;</c> speaker line, then <c>嘉宾简介：</c> / <c>议题简介：</c> /
/// <c>听众收益：</c>; bios only enrich the quoted speaker (a bio may never name them).</summary>
internal static class QuoteHeadingLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.BracketHeading))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        TalkParts? current = null;
        foreach (var node in page.Nodes)
        {
            if (node.Kind == NodeKind.Heading)
            {
                current?.Finish();
                current = null;
                var core = TitleText.HeadingCore(node.Text);
                if (node.Level >= 3 && core.StartsWith('《') && TitleText.Bracketed(core) is { } title)
                {
                    var talk = new TalkDraft(title, node.Line);
                    talks.Add(talk);
                    current = new TalkParts(talk, diagnostics, bioAddsSpeakers: false);
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (node is { IsParagraph: true, InQuote: true } && current.Talk.Speakers.Count == 0)
            {
                current.Talk.AddSpeaker(SpeakerNotation.Parse(node.Lines.FirstOrDefault() ?? string.Empty));
                continue;
            }

            current.Read(node);
        }

        current?.Finish();
        return talks.Exists(t => t.Speakers.Count > 0) ? talks : [];
    }
}
