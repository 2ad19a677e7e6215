using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>A <c>《title》</c> that opens a talk block, whatever its markup: a <c>###</c> heading, a bold paragraph
/// (<c>**《title》**</c>) or a line of a plain paragraph. The people are named next to the title: a quoted line under it
/// (<c>&gt;王庆 某司总监</c>), or a name line with an affiliation line before it or right after it (guests listed after a
/// title belong to it); then the labelled parts (<see cref="TalkParts"/>): <c>嘉宾介绍</c> bios, <c>议题简介</c>,
/// <c>听众收获</c>, a bare time line as the slot. A bio only adds a speaker where no line named one. Plain lines in
/// <c>《》</c> are also how prose cites a book: they open talks only where there are two of them.</summary>
internal static class BracketBlockLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.Bracket))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        var pending = new List<Speaker>();
        var marked = false;
        TalkParts? current = null;
        var nodes = page.Nodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (MarkedTitle(node) is { } title)
            {
                current?.Finish();
                current = Open(title, node, pending, talks, diagnostics);
                marked = true;
                continue;
            }

            if (node.Kind == NodeKind.Heading && node.Level <= 2)
            {
                current?.Finish();
                current = null;
                pending.Clear();
                continue;
            }

            if (current is { Talk.Speakers.Count: 0 } && node is { IsParagraph: true, InQuote: true })
            {
                current.Talk.AddSpeaker(SpeakerNotation.Parse(node.Lines.FirstOrDefault() ?? string.Empty));
                current.BioAddsSpeakers = false;
                continue;
            }

            if (node is not { IsParagraph: true, ListDepth: 0, InQuote: false, HasLink: false })
            {
                current?.Read(node);
                continue;
            }

            // Most paragraphs are prose on one line: split only those that can hold a title or a name-and-affiliation.
            var lines = node.Text.Contains('《') || node.Text.Contains('\n') ? node.Lines : [];
            var hasTitle = Array.Exists(lines, IsTitleLine);
            var isPerson = IsPerson(lines, out var person);
            var forNext = hasTitle || (isPerson && i + 1 < nodes.Length && Array.Exists(nodes[i + 1].Lines, IsTitleLine));
            var inLabel = current is not null && current.State != LabelKind.None;

            // Inside a bio or abstract a short line is prose unless a title follows it (then it names the next speaker).
            if ((!hasTitle && !isPerson) || BlockLabel.Read(node.Text, out _) != LabelKind.None || (!hasTitle && inLabel && !(isPerson && forNext)))
            {
                current?.Read(node);
                continue;
            }

            if (isPerson)
            {
                if (current is not null && !inLabel && !forNext)
                {
                    current.Talk.AddSpeaker(person);
                    current.BioAddsSpeakers = false;
                }
                else
                {
                    pending.Add(person!);
                }
            }

            foreach (var line in lines)
            {
                if (IsTitleLine(line))
                {
                    current?.Finish();
                    current = Open(TitleText.Unwrap(line), node, pending, talks, diagnostics);
                }
            }
        }

        current?.Finish();
        return marked || talks.Count >= 2 ? talks : [];
    }

    private static TalkParts Open(string title, PageNode node, List<Speaker> pending, List<TalkDraft> talks, DiagnosticBag diagnostics)
    {
        var talk = new TalkDraft(title, node.Line).With(pending);
        pending.Clear();
        talks.Add(talk);
        return new TalkParts(talk, diagnostics, bioAddsSpeakers: talk.Speakers.Count == 0);
    }

    // `**《title》**` or `### 《title》`.
    private static string? MarkedTitle(PageNode node)
    {
        if (node is { IsParagraph: true, IsBold: true, HasLink: false, InQuote: false })
        {
            return TitleText.LeadingBracketed(node.Text) is null ? null : TitleText.Unwrap(node.Text);
        }

        return node is { Kind: NodeKind.Heading, Level: >= 3 } ? TitleText.LeadingBracketed(TitleText.HeadingCore(node.Text)) : null;
    }

    private static bool IsTitleLine(string line)
    {
        var t = line.Trim();
        return t.Length > 2 && t[0] == '《' && (t[^1] == '》' || t[^1] == '>');
    }

    /// <summary>A paragraph whose first line is only a name (optionally with its 花名) and whose next line is the affiliation.</summary>
    private static bool IsPerson(string[] lines, out Speaker? person)
    {
        person = null;

        // A person paragraph is a name line plus an affiliation line; a lone short sentence is prose.
        if (lines.Length < 2 || lines[0].Length > 40 || lines[0].EndsWith('。'))
        {
            return false;
        }

        var first = SpeakerNotation.Tidy(lines[0]);
        var speaker = SpeakerNotation.Parse(first);
        if (speaker is null || !(first == speaker.Name || (first.StartsWith(speaker.Name, StringComparison.Ordinal) && first.Contains("花名", StringComparison.Ordinal) && first.Length <= speaker.Name.Length + 10)))
        {
            return false;
        }

        person = speaker with { Affiliation = lines.Length > 1 && !IsTitleLine(lines[1]) ? SpeakerNotation.Tidy(lines[1]) : null };
        return true;
    }
}
