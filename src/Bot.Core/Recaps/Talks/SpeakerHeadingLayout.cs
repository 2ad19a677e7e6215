using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>H3SPEAKER (7th anniversary): <c>### title</c> followed by <c>name，affiliation</c>; the recap's trailing
/// slide links read <c>speaker-title</c> and are matched by the speaker's name.</summary>
internal static class SpeakerHeadingLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        var talks = new List<TalkDraft>();
        var nodes = page.Nodes;
        TalkParts? current = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.Kind == NodeKind.Heading)
            {
                current?.Finish();
                current = null;
                if (node.Level >= 3 && i + 1 < nodes.Count && SpeakerLine(nodes[i + 1]) is { } speaker)
                {
                    var talk = new TalkDraft(TitleText.Unwrap(node.Text), node.Line);
                    talk.AddSpeaker(speaker);
                    talks.Add(talk);
                    current = new TalkParts(talk, diagnostics, bioAddsSpeakers: false);
                    i++;
                }

                continue;
            }

            current?.Read(node);
            if (!node.HasLink || talks.Count == 0)
            {
                continue;
            }

            foreach (var (text, url) in node.Links())
            {
                var dash = text.IndexOf('-');
                var owner = dash > 0 ? talks.Find(t => t.Speakers.Exists(s => SpeakerMerge.HasName(s, text[..dash].Trim()))) : null;
                if (owner is not null)
                {
                    owner.SlidesUrl ??= url;
                }
            }
        }

        current?.Finish();
        return talks;
    }

    private static Events.Speaker? SpeakerLine(PageNode node)
    {
        if (node is not { IsParagraph: true, ListDepth: 0 } || node.Text.Length > 80 || node.Text.IndexOfAny(['，', ',']) < 0)
        {
            return null;
        }

        var line = SpeakerNotation.Tidy(node.Text);
        var speaker = SpeakerNotation.Parse(line);
        return speaker is not null && line.Length > speaker.Name.Length && line[speaker.Name.Length] is '，' or ',' ? speaker : null;
    }
}
