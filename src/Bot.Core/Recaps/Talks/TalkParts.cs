using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>Fills a talk from the labelled parts under its title (bio → speakers, abstract, takeaways, a slot line),
/// the part shared by the bracketed-title layout and, for their bios, the titled blocks.</summary>
internal sealed class TalkParts(TalkDraft talk, DiagnosticBag diagnostics, bool bioAddsSpeakers)
{
    private readonly List<string> _abstract = [];
    private readonly List<string> _takeaways = [];
    private LabelKind _state;

    public TalkDraft Talk => talk;
    public LabelKind State => _state;

    /// <summary>False once a speaker line named the talk's people: a bio then only enriches them.</summary>
    public bool BioAddsSpeakers { get; set; } = bioAddsSpeakers;

    /// <summary>Reads one node under the talk title.</summary>
    public void Read(PageNode node)
    {
        if (node.Kind != NodeKind.Paragraph)
        {
            return;
        }

        var label = BlockLabel.Read(node.Text, out var rest);
        if (label != LabelKind.None)
        {
            _state = label;
            if (rest.Length > 0)
            {
                Take(rest);
            }

            return;
        }

        if (_state == LabelKind.None && talk.Slot is null && SlotText.TryRead(node.Text, out var slot, out var used, out var impossible) &&
            used >= node.Text.Trim().Length - 1)
        {
            talk.Slot = impossible ? null : slot;
            if (impossible)
            {
                diagnostics.Warn(node.Line, "talk-slot-impossible", $"the slot '{node.Text.Trim()}' ends before it starts");
            }

            return;
        }

        Take(node.Text);
    }

    public void Finish()
    {
        talk.Abstract ??= Join(_abstract);
        talk.Takeaways ??= Join(_takeaways);
    }

    private void Take(string text)
    {
        switch (_state)
        {
            case LabelKind.Bio:
                if (SpeakerNotation.Parse(text) is { } speaker)
                {
                    var withBio = speaker with { Bio = TitleText.Display(text) };
                    if (BioAddsSpeakers)
                    {
                        talk.AddSpeaker(withBio);
                    }
                    else
                    {
                        AddFromBio(talk, withBio);
                    }
                }

                break;
            case LabelKind.Abstract:
                _abstract.Add(TitleText.Display(text));
                break;
            case LabelKind.Takeaways:
                _takeaways.Add(TitleText.Display(text));
                break;
        }

    }

    private static string? Join(List<string> parts) => parts.Count == 0 ? null : string.Join("\n", parts);

    /// <summary>Adds speakers from a bio without letting a bio that never names the speaker create a stranger.</summary>
    public static void AddFromBio(TalkDraft talk, Speaker speaker)
    {
        if (talk.Speakers.Count == 0 || talk.Speakers.Exists(s => SpeakerMerge.SharesName(s, speaker)))
        {
            talk.AddSpeaker(speaker);
        }
    }
}
