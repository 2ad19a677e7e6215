using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Catalog;

/// <summary>Everything a snapshot indexes, computed once from the events.</summary>
internal sealed record CatalogParts(
    IReadOnlyList<Event> Events,
    Dictionary<string, Event> ByKey,
    Dictionary<Event, string> KeyOf,
    Dictionary<(string Series, int Number), Event> BySeries,
    Dictionary<int, List<Event>> ByNumber,
    IReadOnlyList<TalkRef> Talks,
    IReadOnlyList<SpeakerProfile> Speakers,
    IReadOnlyList<IdentityConflict> IdentityConflicts,
    Dictionary<string, List<SpeakerProfile>> SpeakersByName,
    SearchIndex Search)
{
    public static CatalogParts Build(IEnumerable<Event> input)
    {
        var events = UnnamedTalks.Attribute(Deduplicate(input)
            .OrderByDescending(e => e.Start ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList());

        var keyOf = new Dictionary<Event, string>(ReferenceEqualityComparer.Instance);
        var byKey = new Dictionary<string, Event>();
        var bySeries = new Dictionary<(string, int), Event>();
        var byNumber = new Dictionary<int, List<Event>>();
        var talks = new List<TalkRef>();
        var speakers = new SpeakerDirectoryBuilder();
        foreach (var e in events)
        {
            var key = ShortId.Of(e.Id);
            keyOf[e] = key;
            byKey.TryAdd(key, e);
            byKey.TryAdd(TextNormalizer.Key(e.Id), e);
            if (e.Number is { } number)
            {
                bySeries.TryAdd((SeriesQuery.KeyOf(e.Series), number), e);
                (byNumber.TryGetValue(number, out var list) ? list : byNumber[number] = []).Add(e);
            }

            for (var i = 0; i < e.Talks.Count; i++)
            {
                var talk = new TalkRef(e, key, e.Talks[i], i);
                talks.Add(talk);
                speakers.Add(talk);
            }
        }

        // One rule for "meetup 10": the number a page's title gives, else the number in a page's file name when no
        // title gives it (zh-sofa-meetup-10.md is SOFAMeetup#8 by its title, and still "meetup 10" since no page is
        // titled so). A bare "#10" goes by titles, and by file name only for pages whose title gives no number.
        foreach (var e in events)
        {
            if (SeriesQuery.TryParseId(e.Id, out var series, out var number) && bySeries.TryAdd((series, number), e) && e.Number is null)
            {
                (byNumber.TryGetValue(number, out var list) ? list : byNumber[number] = []).Add(e);
            }
        }

        var (profiles, conflicts) = speakers.Build();
        var byName = new Dictionary<string, List<SpeakerProfile>>();
        foreach (var profile in profiles)
        {
            foreach (var name in profile.AllNames.Select(TextNormalizer.Key).Distinct())
            {
                (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(profile);
            }
        }

        return new CatalogParts(events, byKey, keyOf, bySeries, byNumber, talks, profiles, conflicts, byName, BuildSearch(events, talks, profiles));
    }

    private static SearchIndex BuildSearch(IEnumerable<Event> events, IEnumerable<TalkRef> talks, IEnumerable<SpeakerProfile> speakers)
    {
        var index = new SearchIndex();
        foreach (var e in events)
        {
            index.Add(new SearchHit(SearchHitKind.Event, MatchRank.Title, Event: e),
                [new SearchField(TextNormalizer.Key(e.Title), MatchRank.Title), new SearchField(TextNormalizer.Key(e.SeriesLabel), MatchRank.Title)]);
        }

        foreach (var t in talks)
        {
            index.Add(new SearchHit(SearchHitKind.Talk, MatchRank.Title, Talk: t),
                t.Talk.Speakers.SelectMany(s => s.AllNames).Select(n => new SearchField(TextNormalizer.Key(n), MatchRank.Name))
                    .Append(new SearchField(TextNormalizer.Key(t.Talk.Title), MatchRank.Title))
                    .Append(new SearchField(TextNormalizer.Key(t.Talk.Abstract), MatchRank.Text)));
        }

        foreach (var s in speakers)
        {
            index.Add(new SearchHit(SearchHitKind.Speaker, MatchRank.Name, Speaker: s),
                s.Aliases.Select(a => new SearchField(TextNormalizer.Key(a), MatchRank.Name, MatchRank.ExactAlias))
                    .Prepend(new SearchField(TextNormalizer.Key(s.Name), MatchRank.Name, MatchRank.ExactName))
                    .Append(new SearchField(TextNormalizer.Key(s.Bio), MatchRank.Text))
                    .Append(new SearchField(TextNormalizer.Key(s.Affiliation), MatchRank.Text)));
        }

        return index;
    }

    /// <summary>Pages describing the same series and number (sofa-channel-32 and sofachannel-32) become one event
    /// (<see cref="DuplicateEvents"/>).</summary>
    private static IEnumerable<Event> Deduplicate(IEnumerable<Event> events) => DuplicateEvents.Deduplicate(events);
}
