using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>A talk while layouts and matchers are still filling it in.</summary>
internal sealed class TalkDraft(string title, int line)
{
    public string Title { get; set; } = title;
    public int Line { get; } = line;
    public List<Speaker> Speakers { get; } = [];
    public TimeSlot? Slot { get; set; }
    public string? Abstract { get; set; }
    public string? Takeaways { get; set; }
    public string? SlidesUrl { get; set; }
    public string? ReplayUrl { get; set; }

    public void AddSpeaker(Speaker? speaker)
    {
        if (speaker is null)
        {
            return;
        }

        for (var i = 0; i < Speakers.Count; i++)
        {
            if (SpeakerMerge.SharesName(Speakers[i], speaker))
            {
                Speakers[i] = SpeakerMerge.Merge(Speakers[i], speaker);
                return;
            }
        }

        Speakers.Add(speaker);
    }

    /// <summary>Adds the speaker as <see cref="AddSpeaker"/> does and returns the draft, so a layout builds a talk in one expression.</summary>
    public TalkDraft With(Speaker? speaker)
    {
        AddSpeaker(speaker);
        return this;
    }

    /// <inheritdoc cref="With(Speaker?)"/>
    public TalkDraft With(IEnumerable<Speaker> speakers)
    {
        foreach (var speaker in speakers)
        {
            AddSpeaker(speaker);
        }

        return this;
    }

    public Talk ToTalk() => new(WithoutFullStop(TitleText.WithoutSessionKind(Unescaped(Title))), Speakers.ToArray())
    {
        Slot = Slot,
        Abstract = Abstract,
        Takeaways = Takeaways,
        SlidesUrl = SlidesUrl,
        ReplayUrl = ReplayUrl,
    };

    // `A dive into the logging service. (Jane Doe)`: an outline's sentence ends with a full stop that no title has (a
    // Chinese slogan's 。 is its own); an ellipsis and a stop after a one-letter word (`Plan B.`, `J.`) stay.
    private static string WithoutFullStop(string title) =>
        title.Length > 8 && title[^1] == '.' && (char.IsLetterOrDigit(title[^2]) && title[^3] is not (' ' or '.') || title[^2] is ')' or '）') ? title[..^1] : title;

    // `Seata%20在滴滴的实践`: a title copied out of a URL keeps its encoded spaces, which no reader means.
    private static string Unescaped(string title) => title.Contains("%20", StringComparison.Ordinal) ? title.Replace("%20", " ", StringComparison.Ordinal) : title;
}
