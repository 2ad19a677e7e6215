using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>A <c>《title》</c> that opens a talk block, whatever its markup: a bold paragraph (<c>**《title》**</c>) or a
/// <c>###</c> heading. A quoted line right under it (<c>&gt;王庆 某司总监</c>) names the speaker; then the labelled parts
/// (<see cref="TalkParts"/>): <c>嘉宾介绍</c> bios (one per speaker, name first), <c>议题简介</c>, <c>听众收获</c>, a bare
/// time line as the slot. A bio only adds a speaker where no quoted line named one (a bio may never name them).</summary>
internal static class BracketTitleLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.BoldBracket | PageSignals.BracketHeading))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        TalkParts? current = null;
        foreach (var node in page.Nodes)
        {
            if (Title(node) is { } title)
            {
                current?.Finish();
                var talk = new TalkDraft(title, node.Line);
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

            if (current is { Talk.Speakers.Count: 0 } && node is { IsParagraph: true, InQuote: true })
            {
                current.Talk.AddSpeaker(SpeakerNotation.Parse(node.Lines.FirstOrDefault() ?? string.Empty));
                current.BioAddsSpeakers = false;
                continue;
            }

            current?.Read(node);
        }

        current?.Finish();
        return talks;
    }

    private static string? Title(PageNode node)
    {
        if (node is { IsParagraph: true, IsBold: true, HasLink: false, InQuote: false })
        {
            return TitleText.LeadingBracketed(node.Text) is null ? null : TitleText.Unwrap(node.Text);
        }

        return node is { Kind: NodeKind.Heading, Level: >= 3 } ? TitleText.LeadingBracketed(TitleText.HeadingCore(node.Text)) : null;
    }
}
