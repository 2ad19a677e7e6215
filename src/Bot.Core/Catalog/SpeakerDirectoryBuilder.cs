using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Merges the speakers of every talk into one profile per person. Two mentions are the same person when they
/// share a normalised name or alias, across pages and in any order (a page giving "黄挺（鲁直）" joins the "黄挺" of one page
/// and the "鲁直" of another). The real name comes first: a name some page writes as a 花名 is an alias, whatever page
/// happened to be read first. A 花名 given to two different real names does not merge them: the 花名 names both, and
/// the clash is reported as an <see cref="IdentityConflict"/>.</summary>
internal sealed class SpeakerDirectoryBuilder
{
    private readonly List<Mention> _mentions = [];
    private readonly Dictionary<string, int> _ids = [];
    private readonly List<string> _texts = [];

    // Talks arrive newest event first, so the first affiliation and bio seen are the latest.
    public void Add(TalkRef talk)
    {
        foreach (var speaker in talk.Talk.Speakers)
        {
            var name = Id(speaker.Name);
            var aliases = speaker.Aliases.Select(Id).Where(a => a >= 0 && a != name).Distinct().ToList();
            if (name >= 0 || aliases.Count > 0)
            {
                _mentions.Add(new Mention(talk, speaker, name, aliases));
            }
        }
    }

    public (IReadOnlyList<SpeakerProfile> Profiles, IReadOnlyList<IdentityConflict> Conflicts) Build()
    {
        var census = NameCensus.Of(_mentions, _texts.Count);
        var sets = new IdentitySets(_texts.Count, census.WrittenWithHuaming);
        var conflicts = new List<IdentityConflict>();
        foreach (var mention in _mentions.Where(m => m.Name >= 0))
        {
            foreach (var alias in mention.Aliases)
            {
                if (!sets.TryUnion(mention.Name, alias, census.IsSwapped(mention.Name, alias)))
                {
                    conflicts.Add(Conflict(alias, mention, sets));
                }
            }
        }

        var drafts = new Dictionary<int, Draft>();
        var order = new List<Draft>();
        foreach (var mention in _mentions)
        {
            foreach (var root in RootsOf(mention, sets))
            {
                if (!drafts.TryGetValue(root, out var draft))
                {
                    drafts[root] = draft = new Draft();
                    order.Add(draft);
                }

                draft.Absorb(mention);
            }
        }

        conflicts.AddRange(order.SelectMany(d => d.SwappedPairs(census, _texts)));
        var profiles = order.Select(d => d.ToProfile(census, _texts)).ToList();
        return (profiles, conflicts.DistinctBy(c => (c.Name, string.Join("|", c.People))).ToList());
    }

    // A mention whose 花名 is shared by two people belongs to the person of its own name only; a mention of that 花名
    // alone belongs to both.
    private static IEnumerable<int> RootsOf(Mention mention, IdentitySets sets) =>
        mention.Name >= 0 ? [sets.Find(mention.Name)] : mention.Aliases.Select(sets.Find).Distinct();

    private IdentityConflict Conflict(int alias, Mention mention, IdentitySets sets)
    {
        var holder = sets.RealNamesOf(alias).Order().First();
        var files = _mentions.Where(m => m.Name == holder && m.Aliases.Contains(alias)).Select(m => m.Talk.Event.SourceFile)
            .Append(mention.Talk.Event.SourceFile).Distinct().ToList();
        return new IdentityConflict(IdentityConflictKind.SharedHuaming, _texts[alias], [_texts[holder], _texts[mention.Name]], files);
    }

    private int Id(string? name)
    {
        var clean = TextNormalizer.Clean(name);
        var key = TextNormalizer.Key(clean);
        if (key.Length == 0)
        {
            return -1;
        }

        if (!_ids.TryGetValue(key, out var id))
        {
            _ids[key] = id = _texts.Count;
            _texts.Add(clean);
        }

        return id;
    }

    private sealed record Mention(TalkRef Talk, Speaker Speaker, int Name, IReadOnlyList<int> Aliases)
    {
        public IEnumerable<int> AllNames => Name >= 0 ? Aliases.Prepend(Name) : Aliases;
    }

    /// <summary>How often each name is written as a real name beside a 花名, as a bare name, and as a 花名.</summary>
    private sealed class NameCensus(int count)
    {
        public int[] AsRealName { get; } = new int[count];
        public int[] AsBareName { get; } = new int[count];
        public int[] AsHuaming { get; } = new int[count];
        public int[] FirstSeen { get; } = Enumerable.Repeat(int.MaxValue, count).ToArray();
        public HashSet<(int, int)> Pairs { get; } = [];

        public bool[] WrittenWithHuaming => AsRealName.Select(n => n > 0).ToArray();

        public static NameCensus Of(IReadOnlyList<Mention> mentions, int count)
        {
            var census = new NameCensus(count);
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                foreach (var id in m.AllNames)
                {
                    census.FirstSeen[id] = Math.Min(census.FirstSeen[id], i);
                }

                if (m.Name >= 0)
                {
                    (m.Aliases.Count > 0 ? census.AsRealName : census.AsBareName)[m.Name]++;
                }

                foreach (var alias in m.Aliases)
                {
                    census.AsHuaming[alias]++;
                    if (m.Name >= 0)
                    {
                        census.Pairs.Add((m.Name, alias));
                    }
                }
            }

            return census;
        }

        /// <summary>Pages write "A（B）" and "B（A）": one person whose names some page swapped.</summary>
        public bool IsSwapped(int a, int b) => Pairs.Contains((a, b)) && Pairs.Contains((b, a));

        /// <summary>Real name first: never a 花名 beats sometimes one, then written beside a 花名, then most often, then newest.</summary>
        public IEnumerable<int> RealNameOrder(IEnumerable<int> names) =>
            names.OrderBy(n => AsHuaming[n] > 0 && AsHuaming[n] >= AsRealName[n])
                .ThenByDescending(n => AsRealName[n])
                .ThenByDescending(n => AsRealName[n] + AsBareName[n])
                .ThenBy(n => FirstSeen[n]);
    }

    /// <summary>Union-find over names that never joins two real names (names some page writes beside a 花名) unless
    /// the pages swapped them.</summary>
    private sealed class IdentitySets
    {
        private readonly int[] _parent;
        private readonly HashSet<int>?[] _realNames;

        public IdentitySets(int count, bool[] isRealName)
        {
            _parent = Enumerable.Range(0, count).ToArray();
            _realNames = Enumerable.Range(0, count).Select(i => isRealName[i] ? new HashSet<int> { i } : null).ToArray();
        }

        public int Find(int id)
        {
            while (_parent[id] != id)
            {
                (_parent[id], id) = (_parent[_parent[id]], _parent[id]);
            }

            return id;
        }

        public IReadOnlyCollection<int> RealNamesOf(int id) => _realNames[Find(id)] ?? [];

        public bool TryUnion(int a, int b, bool swapped)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb)
            {
                return true;
            }

            if (_realNames[ra] is { } left && _realNames[rb] is { } right && !swapped && !left.Overlaps(right))
            {
                return false;
            }

            _parent[rb] = ra;
            if (_realNames[rb] is { } moved)
            {
                (_realNames[ra] ??= []).UnionWith(moved);
            }

            return true;
        }
    }

    private sealed class Draft
    {
        private readonly HashSet<int> _names = [];
        private readonly List<TalkRef> _talks = [];
        private string? _affiliation;
        private string? _bio;

        public void Absorb(Mention mention)
        {
            _names.UnionWith(mention.AllNames);
            _affiliation ??= NullIfBlank(mention.Speaker.Affiliation);
            _bio ??= NullIfBlank(mention.Speaker.Bio);
            if (!_talks.Contains(mention.Talk))
            {
                _talks.Add(mention.Talk);
            }
        }

        public IEnumerable<IdentityConflict> SwappedPairs(NameCensus census, IReadOnlyList<string> texts) =>
            _names.SelectMany(a => _names.Where(b => a < b && census.IsSwapped(a, b)).Select(b => (a, b)))
                .Select(p => new IdentityConflict(IdentityConflictKind.SwappedNames, texts[p.a], [texts[p.a], texts[p.b]],
                    _talks.Select(t => t.Event.SourceFile).Distinct().ToList()));

        public SpeakerProfile ToProfile(NameCensus census, IReadOnlyList<string> texts)
        {
            var ordered = census.RealNameOrder(_names).Select(n => texts[n]).ToList();
            return new SpeakerProfile(
                ShortId.Of("speaker:" + TextNormalizer.Key(ordered[0])),
                ordered[0],
                ordered.Skip(1).ToList(),
                _affiliation,
                _bio,
                _talks.OrderByDescending(t => t.Event.Start ?? DateTimeOffset.MinValue).ToList());
        }

        private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
