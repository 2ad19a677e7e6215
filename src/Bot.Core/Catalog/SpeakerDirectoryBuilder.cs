using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Merges the speakers of every talk into one profile per person: two mentions are the same person when
/// they share a normalised name or alias (a page giving "周群力（花名：仪式）" links both names).</summary>
internal sealed class SpeakerDirectoryBuilder
{
    private readonly Dictionary<string, Draft> _byKey = [];
    private readonly List<Draft> _drafts = [];

    // Talks arrive newest event first, so the first affiliation and bio seen are the latest.
    public void Add(TalkRef talk)
    {
        foreach (var speaker in talk.Talk.Speakers)
        {
            var keys = speaker.AllNames.Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct().ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var draft = keys.Select(k => _byKey.GetValueOrDefault(k)).FirstOrDefault(d => d is not null);
            if (draft is null)
            {
                draft = new Draft(TextNormalizer.Clean(speaker.Name));
                _drafts.Add(draft);
            }

            foreach (var name in speaker.AllNames.Select(TextNormalizer.Clean).Where(n => n.Length > 0))
            {
                draft.Names.Add(name);
                _byKey.TryAdd(TextNormalizer.Key(name), draft);
            }

            draft.Affiliation ??= NullIfBlank(speaker.Affiliation);
            draft.Bio ??= NullIfBlank(speaker.Bio);
            if (!draft.Talks.Contains(talk))
            {
                draft.Talks.Add(talk);
            }
        }
    }

    public IReadOnlyList<SpeakerProfile> Build() =>
        _drafts.Select(d => new SpeakerProfile(
            ShortId.Of("speaker:" + TextNormalizer.Key(d.Name)),
            d.Name,
            d.Names.Where(n => n != d.Name).ToList(),
            d.Affiliation,
            d.Bio,
            d.Talks)).ToList();

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class Draft(string name)
    {
        public string Name { get; } = name;
        public HashSet<string> Names { get; } = [name];
        public string? Affiliation { get; set; }
        public string? Bio { get; set; }
        public List<TalkRef> Talks { get; } = [];
    }
}
