using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>An immutable view of all events with the indexes commands need. Built once per content load and
/// shared by every reader without locks.</summary>
public sealed class CatalogSnapshot
{
    private readonly Dictionary<string, Event> _byKey;
    private readonly Dictionary<Event, string> _keyOf;
    private readonly Dictionary<(string Series, int Number), Event> _bySeries;
    private readonly Dictionary<int, List<Event>> _byNumber;
    private readonly Dictionary<string, SpeakerProfile> _speakersById;
    private readonly Dictionary<string, List<SpeakerProfile>> _speakersByName;
    private readonly Dictionary<string, TalkRef> _talksById;
    private readonly Event[] _byStart;
    private readonly SearchIndex _search;

    internal CatalogSnapshot(CatalogParts parts)
    {
        Events = parts.Events;
        Speakers = parts.Speakers;
        IdentityConflicts = parts.IdentityConflicts;
        TalkCount = parts.Talks.Count;
        _byKey = parts.ByKey;
        _keyOf = parts.KeyOf;
        _bySeries = parts.BySeries;
        _byNumber = parts.ByNumber;
        _speakersById = parts.Speakers.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        _speakersByName = parts.SpeakersByName;
        _talksById = parts.Talks.DistinctBy(t => t.Id).ToDictionary(t => t.Id);
        _byStart = parts.Events.Where(e => e.Start is not null).OrderBy(e => e.Start).ToArray();
        _search = parts.Search;
    }

    public static CatalogSnapshot Empty { get; } = Create([]);

    /// <summary>Newest first; events without a date last.</summary>
    public IReadOnlyList<Event> Events { get; }
    public IReadOnlyList<SpeakerProfile> Speakers { get; }
    /// <summary>Where pages disagree about who someone is (for <c>check</c>).</summary>
    public IReadOnlyList<IdentityConflict> IdentityConflicts { get; }
    public int TalkCount { get; }

    public static CatalogSnapshot Create(IEnumerable<Event> events) => new(CatalogParts.Build(events));

    /// <summary>The short id used in buttons and deep links.</summary>
    public string KeyOf(Event @event) => _keyOf.TryGetValue(@event, out var key) ? key : ShortId.Of(@event.Id);

    /// <summary>By short id or page id (case-insensitive).</summary>
    public Event? FindEvent(string id) => _byKey.GetValueOrDefault(TextNormalizer.Key(id));

    /// <summary>Events named by series and number; a bare number (<c>#24</c>) may name several.</summary>
    public IReadOnlyList<Event> FindBySeries(string text)
    {
        if (!SeriesQuery.TryParse(text, out var series, out var number))
        {
            return [];
        }

        if (series.Length == 0)
        {
            return _byNumber.TryGetValue(number, out var all) ? all : [];
        }

        return _bySeries.TryGetValue((series, number), out var one) ? [one] : [];
    }

    /// <summary>An event named by id, by series and number, or by words of its title (best matches first).</summary>
    public IReadOnlyList<Event> ResolveEvents(string text, int limit = 8)
    {
        if (FindEvent(text) is { } byId)
        {
            return [byId];
        }

        var bySeries = FindBySeries(text);
        return bySeries.Count > 0 ? bySeries : _search.Search(text, limit, h => h.Kind == SearchHitKind.Event).Select(h => h.Event!).ToList();
    }

    public SpeakerProfile? FindSpeakerById(string id) => _speakersById.GetValueOrDefault(id);

    /// <summary>Speakers one of whose names or aliases equals <paramref name="name"/> once normalised.</summary>
    public IReadOnlyList<SpeakerProfile> FindSpeakersByName(string name) =>
        _speakersByName.TryGetValue(TextNormalizer.Key(name), out var found) ? found : [];

    public TalkRef? FindTalk(string id) => _talksById.GetValueOrDefault(id);

    public IReadOnlyList<SearchHit> Search(string query, int limit = 10, Func<SearchHit, bool>? filter = null) =>
        _search.Search(query, limit, filter);

    /// <summary>Every hit, best first. A live stream with a single talk would be listed twice, as event and as talk:
    /// only the talk is kept, since its line also names the speaker.</summary>
    public IReadOnlyList<SearchHit> SearchAll(string query, Func<SearchHit, bool>? filter = null)
    {
        var hits = _search.Search(query, int.MaxValue, filter);
        var talkEvents = new HashSet<Event>(hits.Where(h => h.Kind == SearchHitKind.Talk).Select(h => h.Talk!.Event), ReferenceEqualityComparer.Instance);
        return talkEvents.Count == 0
            ? hits
            : hits.Where(h => h.Kind != SearchHitKind.Event || h.Event!.Talks.Count != 1 || !talkEvents.Contains(h.Event)).ToList();
    }

    /// <summary>The first event whose end (or start + 2 h) is after <paramref name="now"/>.</summary>
    public Event? Next(DateTimeOffset now) => Upcoming(now).FirstOrDefault();

    public IEnumerable<Event> Upcoming(DateTimeOffset now)
    {
        // Events last hours, not days: start the scan a few days back and walk forward.
        var from = LowerBound(now.AddDays(-3));
        for (var i = from; i < _byStart.Length; i++)
        {
            if (EndOf(_byStart[i]) > now)
            {
                yield return _byStart[i];
            }
        }
    }

    /// <summary>Events starting in [<paramref name="from"/>, <paramref name="to"/>), earliest first.</summary>
    public IEnumerable<Event> StartingBetween(DateTimeOffset from, DateTimeOffset to)
    {
        for (var i = LowerBound(from); i < _byStart.Length && _byStart[i].Start < to; i++)
        {
            yield return _byStart[i];
        }
    }

    /// <summary>The event that has most recently finished.</summary>
    public Event? LatestPast(DateTimeOffset now) =>
        _byStart.Take(LowerBound(now)).Reverse().FirstOrDefault(e => EndOf(e) <= now);

    // Without an end: two hours for a timed event; the whole day for one known by its date only.
    public static DateTimeOffset EndOf(Event @event) =>
        @event.End ?? @event.Start!.Value.AddHours(@event.HasClockTime ? 2 : 24);

    private int LowerBound(DateTimeOffset time)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_byStart[mid].Start < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
