using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>An English announcement or recap that tells a talk in a sentence: a person, a verb of speaking, then what
/// the talk is about (<c>Mathieu Mayer will talk to us about UI design patterns.</c>, <c>James is going to present about
/// WebComponents, why …</c>, <c>Li Junfei (李俊飞) from Tencent explains how ClickHouse fits …</c>, a recap's photo caption).
/// Read, as the Chinese sentences are, only where nothing else on the page gives a talk.</summary>
internal static partial class EnglishProseTalk
{
    // Words that open a sentence in capitals without naming anyone.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "We", "You", "It", "This", "That", "There", "Then", "Also", "Our", "The", "Everyone", "Someone",
        "Meanwhile", "After", "Next", "First", "Finally", "And", "But", "Who",
        // `Past talks have also covered …`: a word that says which talks, before talks as a noun.
        "Past", "Previous", "Recent", "Last", "Future", "Other", "Some", "Many", "Most", "All", "Several", "These", "Those", "Lightning",
        // `Participants discussed …`: the people in the room, not someone on stage.
        "Participants", "Attendees", "Members", "People", "Folks", "Guests", "Everybody", "Audience", "Speakers", "Organizers", "Organisers",
    };

    // Every verb phrase the pattern reads holds one of these: a text without any is not matched at all.
    private static readonly System.Buffers.SearchValues<string> VerbWords = System.Buffers.SearchValues.Create(
        ["will ", "going to", "'ll ", "talk", "spoke", "speaks", "present", "gives", "gave", "explain", "demonstrat", "share", "introduc", "discuss"],
        StringComparison.Ordinal);

    /// <summary>Whether the text holds a verb of speaking the sentences are read for (a cheap test before splitting them).</summary>
    public static bool MayTell(ReadOnlySpan<char> text) => text.IndexOfAny(VerbWords) >= 0;

    /// <summary>The talk the sentence tells, with its speakers (an alias in brackets kept); null when it tells none.</summary>
    public static (string Title, IReadOnlyList<Speaker> Speakers)? Read(string sentence)
    {
        if (!MayTell(sentence))
        {
            return null;
        }

        if (Presented(sentence) is { } presented)
        {
            return presented;
        }

        // Only a sentence with a quote can give a quoted title: the rest are not searched for one.
        if (sentence.AsSpan().IndexOfAny('"', '“') >= 0 && GivesQuoted().Match(sentence) is { Success: true } gives
            && gives.Groups["name"].Value is var giver && !NotNames.Contains(giver.Split(' ')[0]) && NameRules.LooksLikeName(giver))
        {
            return (gives.Groups["title"].Value.Trim(), [new Speaker(giver, [])]);
        }

        if (TalkBy().Match(sentence) is { Success: true } by && by.Groups["name"].Value is var named && (NameRules.LooksLikeName(named) || NameRules.IsFirstName(named, longest: 20)))
        {
            return (by.Groups["title"].Value.Trim(), [new Speaker(named, [])]);
        }

        var m = Told().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        // `to discuss` is said of any conversation: only a sentence that opens with the person is about their talk.
        if (m.Groups["discuss"].Success && m.Index > 0)
        {
            return null;
        }

        var name = m.Groups["name"].Value;
        // Before a verb of speaking a first name alone (`Graham introduced …`) or with a last initial (`David C spoke
        // about …`, as club minutes write members; an initial with a dot ends the sentence) names a person too.
        if (NotNames.Contains(name.Split(' ')[0]) || !(NameRules.LooksLikeName(name) || name.Length is >= 3 and <= 20 && (!name.Contains(' ') || name[^2] == ' ')))
        {
            return null;
        }

        var title = Entitled().Match(sentence, m.Groups["title"].Index) is { Success: true } entitled
            ? entitled.Groups["title"].Value.Trim()
            : m.Groups["title"].Value.Trim().Trim('*', '"', '“', '”', ' ');
        if (title.Length is < 4 or > 100)
        {
            return null;
        }

        var alias = m.Groups["alias"].Success ? m.Groups["alias"].Value.Trim() : null;
        var from = m.Groups["from"].Success ? m.Groups["from"].Value.Trim() : null;
        return (title, [new Speaker(name, alias is { Length: > 0 } ? [alias] : [], from)]);
    }

    /// <summary>The person a paragraph opens with when a verb of speaking follows them (<c>Jane Doe gave a talk on …</c>,
    /// <c>Jane Doe will be presenting …</c>): under a talk's heading, its speaker.</summary>
    public static Speaker? OpensTelling(string line) =>
        line.Length > 12 && char.IsAsciiLetterUpper(line[0]) && SpeakerFirst().Match(line) is { Success: true } m
        && m.Groups["name"].Value is var name && !NotNames.Contains(name.Split(' ')[0]) && NameRules.LooksLikeName(name)
            ? new Speaker(name, [])
            : null;

    [GeneratedRegex(
        @"^(?<name>\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?=\p{Ll}))+(?:\s\p{Lu}(?:[\p{Ll}'’-]|\p{Lu}(?=\p{Ll}))+){1,2})(?:\s*[(（][^)）]{1,40}[)）])?,?\s+" +
        @"(?:(?:will|is\s+going\s+to)\s+(?:give|present|talk|speak|deliver)|(?:will\s+be|is)\s+(?:giving|presenting|talking|speaking|delivering)|has\s+(?:given|presented|delivered)" +
        @"|gave|gives|presented|presents|talked|talks|spoke|speaks|delivered|delivers)" +
        @"\s+(?:a|an|the|about|on|us|his|her|their|some|how|why|what)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerFirst();

    // `Maintainer William Wang, Huawei & Mengxuan Li, 4paradigm presents “Title: Subtitle”`: the people before the verb,
    // each with their company after a comma, and the whole quoted title, colons and all.
    private static (string Title, IReadOnlyList<Speaker> Speakers)? Presented(string sentence)
    {
        var m = PresentsQuoted().Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var people = new List<Speaker>();
        foreach (var part in m.Groups["people"].Value.Split(PeopleJoints, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = part.AsSpan().IndexOfAny(',', '，');
            var name = TrailingName(comma < 0 ? part : part[..comma]);
            if (name is null)
            {
                return null;
            }

            var company = comma < 0 ? null : part[(comma + 1)..].Trim(' ', ',', '，');
            people.Add(new Speaker(name, [], company is { Length: > 0 } ? company : null));
        }

        var title = m.Groups["title"].Value.Trim();
        return people.Count > 0 ? (title, people) : null;
    }

    private static readonly string[] PeopleJoints = [" & ", " and ", "、"];

    // `Volcano Maintainer Kevin Wang`: the capitalised words after the last role word, up to three, when they make a name.
    private static string? TrailingName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && words.Length - first < 3 && char.IsAsciiLetterUpper(words[first - 1][0]) && !IsRole(words[first - 1]))
        {
            first--;
        }

        var name = string.Join(' ', words[first..]);
        return first < words.Length && NameRules.LooksLikeName(name) ? name : null;
    }

    private static bool IsRole(string word) => RoleSuffixes.IsOne(word) || (word.EndsWith('s') && RoleSuffixes.IsOne(word.AsSpan(0, word.Length - 1)));

    [GeneratedRegex(@"^(?<people>[^“”""\n]{3,160}?)[\s,，]+(?:presents|will\s+present|is\s+presenting)\s*[“""](?<title>[^“”""\n]{4,150})[”""]",
        RegexOptions.CultureInvariant)]
    private static partial Regex PresentsQuoted();

    // `Travis Webb will be giving an interactive talk: "Yeah, there's a Map for that: …"`: a person, giving a talk of some
    // kind, then its quoted title (colons and commas its own).
    [GeneratedRegex(
        @"(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\s+" +
        @"(?:will\s+(?:be\s+)?(?:giving|give|presenting|present|leading|lead)|is\s+(?:giving|presenting|leading)|gives|gave|presents|presented|leads|led)\s+" +
        @"(?:us\s+)?(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:talk|presentation|session|workshop|demo|tutorial)\s*(?:[:：,]|entitled|titled|called|named)?\s*" +
        @"[“""](?<title>[^“”""]{4,250})[”""]",
        RegexOptions.CultureInvariant)]
    private static partial Regex GivesQuoted();

    // `The first talk (of the day) was by Hiral Amodia on Time Complexity using Python`: the talk named first, its speaker after `by`.
    [GeneratedRegex(
        @"\b(?:talk|session|presentation|keynote)(?:\s+of\s+the\s+(?:day|evening|night|meetup))?\s+(?:was|is|will\s+be)\s+(?:(?:given|presented|delivered)\s+)?by\s+" +
        @"(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s+(?:on|about)\s+(?<title>\p{Lu}[^.;!?\n]{3,100})",
        RegexOptions.CultureInvariant)]
    private static partial Regex TalkBy();

    // `will present a talk entitled "The power of keeping it simple"`: the quoted name the talk is given, commas and all.
    [GeneratedRegex(@"\G(?:a|an|the)\s+(?:talk|presentation|session|workshop)\s+(?:entitled|titled|called|named)\s*[“""](?<title>[^“”""\n]{4,150})[”""]",
        RegexOptions.CultureInvariant)]
    private static partial Regex Entitled();

    // A name of one to three capitalised words (and a last initial: `David C`), an optional bracketed alias and `from Company`, a verb of speaking in any
    // tense (will / is going to / gave / talks; `will take us on a tour of`, `will walk us through`), then the subject up to the end of the clause.
    [GeneratedRegex(
        @"(?<![\p{L}])(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}(?:\s\p{Lu}(?!\p{L}))?)(?:\s*[(（](?<alias>[^)）]{1,20})[)）])?" +
        @"(?:\s+(?:from|of)\s+(?<from>\p{Lu}[\w.&-]*(?:\s\p{Lu}[\w.&-]*){0,3}))?,?\s+" +
        @"(?:(?:will|is\s+going\s+to|'ll)\s+(?:be\s+joining\s+us\s+to\s+)?(?:\p{Ll}+ly\s+)?(?:talk|speak|present|(?<discuss>discuss)|give\s+(?:us\s+)?(?:a|an)\s+(?:talk|presentation|overview|introduction|demo)" +
        @"|(?:take|walk|guide|lead)\s+us\s+(?:on\s+an?\s+(?:[\p{Ll}-]+\s+)?(?:tour|journey)\s+(?:of|through)|through))" +
        @"|(?:talks|talked|speaks|spoke|presents|presented|gives|gave|explains|explained|demonstrates|demonstrated|demonstrating|shares|shared|introduces|introduced|(?<discuss>discusses|discussed))" +
        @"(?:\s+(?:a|an)\s+(?:talk|presentation|overview|introduction|demo))?)" +
        @"(?:\s+(?:to|with|for)\s+us)?(?:\s+(?:about|on|of))?\s+(?<title>(?:[^.,;:!?\n(]|\.(?=\S))+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Told();
}
