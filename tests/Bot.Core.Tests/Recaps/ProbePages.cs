using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Reads the probe pages (Recaps/Probe/*.md) for the probe specs, and writes their expected values tersely.</summary>
internal static class ProbePages
{
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static RecapPage Page(string file)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Bot.Core.Tests", "Recaps", "Probe", file);
        return RecapParser.Parse(File.ReadAllText(path), file);
    }

    public static Event Event(string file) => Page(file).Event ?? throw new InvalidOperationException($"{file} was not read as an event");

    /// <summary>Each talk as <c>title|speaker,speaker</c>.</summary>
    public static IEnumerable<string> TalkLines(Event e) => e.Talks.Select(t => $"{t.Title}|{string.Join(',', t.Speakers.Select(s => s.Name))}");

    /// <summary>A time at UTC+08:00 unless <paramref name="offset"/> says otherwise.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, TimeSpan? offset = null) =>
        new(year, month, day, hour, minute, 0, offset ?? China);
}
