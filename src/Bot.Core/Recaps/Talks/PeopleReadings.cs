using Bot.Core.Events;

namespace Bot.Core.Recaps.Talks;

/// <summary>The people each speaker value of one page names, read once: a speaker line is read by the layout that
/// takes the page's talks and again by the check for speaker lines that name nobody, and reading people (splitting,
/// then the name rules on every part) is the costliest step of either. Keyed by the value's text, so the same value
/// cut from the same line twice is one reading.</summary>
internal sealed class PeopleReadings
{
    // Most pages have a few speaker values, many none: the table is made on the first.
    private Dictionary<string, List<Speaker>>? _read;

    /// <summary><see cref="SpeakerLine.People"/> of <paramref name="value"/>, shared by every caller that asks for
    /// the same text: read only.</summary>
    public IReadOnlyList<Speaker> Of(string value)
    {
        _read ??= new Dictionary<string, List<Speaker>>(StringComparer.Ordinal);
        if (!_read.TryGetValue(value, out var people))
        {
            people = SpeakerLine.People(value);
            _read.Add(value, people);
        }

        return people;
    }
}
