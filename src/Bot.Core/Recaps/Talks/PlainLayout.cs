using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>PLAIN (meetup-13): unmarked paragraphs where a name line (plus affiliation lines) comes before a
/// <c>《title》</c> line, except that guests listed right after a title belong to it; then <c>嘉宾简介：</c> /
/// <c>议题简介：</c> / <c>听众收益：</c>.</summary>
internal static class PlainLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.BracketLine))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        var pending = new List<Speaker>();
        TalkParts? current = null;
        var nodes = page.Nodes;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Kind == NodeKind.Heading && node.Level <= 2)
            {
                current?.Finish();
                current = null;
                pending.Clear();
                continue;
            }

            if (node is not { IsParagraph: true, ListDepth: 0, InQuote: false, HasLink: false })
            {
                continue;
            }

            // Most paragraphs are prose on one line: split only those that can hold a title or a name-and-affiliation.
            var lines = node.Text.Contains('《') || node.Text.Contains('\n') ? node.Lines : [];
            var hasTitle = Array.Exists(lines, IsTitleLine);
            var isPerson = IsPerson(lines, out var person);
            var forNext = hasTitle || (isPerson && i + 1 < nodes.Count && Array.Exists(nodes[i + 1].Lines, IsTitleLine));
            var inLabel = current is not null && current.State != LabelKind.None;

            // Inside a bio or abstract a short line is prose unless a title follows it (then it names the next speaker).
            if (BlockLabel.Read(node.Text, out _) != LabelKind.None || (!hasTitle && inLabel && !(isPerson && forNext)))
            {
                current?.Read(node);
                continue;
            }

            if (isPerson)
            {
                if (current is not null && !inLabel && !forNext)
                {
                    current.Talk.AddSpeaker(person);
                }
                else
                {
                    pending.Add(person!);
                }
            }

            foreach (var line in lines)
            {
                if (!IsTitleLine(line))
                {
                    continue;
                }

                current?.Finish();
                var talk = new TalkDraft(TitleText.Unwrap(line), node.Line);
                pending.ForEach(talk.AddSpeaker);
                pending.Clear();
                talks.Add(talk);
                current = new TalkParts(talk, diagnostics, bioAddsSpeakers: false);
            }
        }

        current?.Finish();
        return talks.Count >= 2 ? talks : [];
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
