using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Benchmarks.Peers;

/// <summary>The commands the load chats send, taken from <c>check --json</c> so both bots resolve every one of them:
/// <c>/agenda &lt;page id&gt;</c> for each event, <c>/speaker &lt;name&gt;</c> for each speaker, alternating.</summary>
public static partial class CommandWorkload
{
    public static IReadOnlyList<string> FromCheckJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var agendas = new List<string>();
        var speakers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in doc.RootElement.EnumerateArray())
        {
            if (!page.GetProperty("isEvent").GetBoolean()) continue;
            // The page id is the file name's slug; names that already are slugs need no second copy of that rule here.
            var name = Path.GetFileNameWithoutExtension(page.GetProperty("file").GetString() ?? "");
            if (Slug().IsMatch(name)) agendas.Add("/agenda " + name);
            foreach (var talk in page.GetProperty("talks").EnumerateArray())
            {
                foreach (var speaker in talk.GetProperty("speakers").EnumerateArray())
                {
                    if (speaker.GetString() is { Length: > 0 } s) speakers.Add("/speaker " + s);
                }
            }
        }

        if (agendas.Count == 0 || speakers.Count == 0)
        {
            throw new InvalidOperationException($"check --json gave {agendas.Count} events and {speakers.Count} speakers to ask about; the benchmark needs both.");
        }

        var speakerList = speakers.ToList();
        var count = Math.Max(agendas.Count, speakerList.Count);
        return [.. Enumerable.Range(0, count).SelectMany(i => new[] { agendas[i % agendas.Count], speakerList[i % speakerList.Count] })];
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
