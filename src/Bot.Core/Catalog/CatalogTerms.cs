using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>The catalog's own words, for reading questions and mending typos: every speaker's names and 花名 (built on
/// the first use for a snapshot), and for near misses the Latin words of titles (project names such as MOSN, Layotto,
/// SOFARegistry), built on the first near miss. Dropped with the snapshot.</summary>
internal sealed partial class CatalogTerms
{
    private static readonly ConditionalWeakTable<CatalogSnapshot, CatalogTerms> Cache = [];

    private readonly Dictionary<string, NameEntry> _names = [];
    private readonly Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private readonly Lazy<(NearMissIndex Terms, Dictionary<string, string> Display)> _nearMisses;

    private CatalogTerms(CatalogSnapshot catalog)
    {
        foreach (var speaker in catalog.Speakers)
        {
            Add(speaker.Name, speaker, isRealName: true);
            foreach (var alias in speaker.Aliases)
            {
                Add(alias, speaker, isRealName: false);
            }
        }

        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        LongestName = _names.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        _nearMisses = new(() => BuildNearMisses(catalog));
    }

    public int LongestName { get; }

    /// <summary>Every name key and title word, for near misses.</summary>
    public NearMissIndex Terms => _nearMisses.Value.Terms;

    public static CatalogTerms For(CatalogSnapshot catalog) => Cache.GetValue(catalog, c => new CatalogTerms(c));

    /// <summary>The speakers a normalised key names, and whether it is someone's real name (else only a 花名).</summary>
    public NameEntry? Name(ReadOnlySpan<char> key) => _nameLookup.TryGetValue(key, out var entry) ? entry : null;

    public NameEntry? Name(string key) => _names.GetValueOrDefault(key);

    /// <summary>A term as pages write it (<c>layotto</c> → <c>Layotto</c>, <c>曾柯</c>).</summary>
    public string Display(string key) =>
        _nearMisses.Value.Display.TryGetValue(key, out var shown) ? shown
        : _names.TryGetValue(key, out var entry) ? entry.Speakers[0].AllNames.First(n => TextNormalizer.Key(n) == key)
        : key;

    private void Add(string name, SpeakerProfile speaker, bool isRealName)
    {
        var key = TextNormalizer.Key(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!_names.TryGetValue(key, out var entry))
        {
            _names[key] = entry = new NameEntry([], isRealName);
        }

        if (!entry.Speakers.Contains(speaker))
        {
            entry.Speakers.Add(speaker);
        }

        entry.IsRealName |= isRealName;
    }

    private (NearMissIndex, Dictionary<string, string>) BuildNearMisses(CatalogSnapshot catalog)
    {
        var titles = new Dictionary<string, int>();
        var display = new Dictionary<string, string>();
        foreach (var title in catalog.Events.SelectMany(e => e.Talks.Select(t => t.Title).Prepend(e.Title)))
        {
            foreach (Match match in LatinWord().Matches(title))
            {
                var key = TextNormalizer.Key(match.Value);
                if (match.Length >= 3 && !_names.ContainsKey(key))
                {
                    titles[key] = titles.GetValueOrDefault(key) + 1;
                    display.TryAdd(key, match.Value);
                }
            }
        }

        var words = titles.Where(w => IsEntityLike(display[w.Key], w.Value)).Select(w => w.Key);
        return (new NearMissIndex([.. _names.Keys, .. words]), display);
    }

    // A near miss should land on a name (Layotto, MOSN, SOFARegistry, HTTP/3), not on an English word of one title
    // ("life" is no typo of the "Live" in "Live Long and Prosper", "they" none of "the"): a word written like a name,
    // or one of four letters or more that two titles use.
    private static bool IsEntityLike(string shown, int titles) =>
        shown.Skip(1).Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) || titles >= 2 && shown.Length >= 4;

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*(?:[./+-][A-Za-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();

    /// <param name="IsRealName">Someone's real name: read as a person wherever it stands. A 花名 alone is often an
    /// ordinary word (仪式, "ceremony"), so it counts only where it stands apart.</param>
    internal sealed class NameEntry(List<SpeakerProfile> speakers, bool isRealName)
    {
        public List<SpeakerProfile> Speakers { get; } = speakers;
        public bool IsRealName { get; set; } = isRealName;
    }
}
