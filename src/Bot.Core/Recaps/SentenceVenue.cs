using System.Text.RegularExpressions;
using Bot.Core.Recaps.Outline;
using Bot.Core.Recaps.Structured;

namespace Bot.Core.Recaps;

/// <summary>The place a sentence says an event is held at, where no venue label names one:
/// <c>将于11月14号在苏州市星湖街 88 号创客空间正式召开</c>. A page's description and lead often say it this way and
/// nothing else does; English pages write <c>We meet on Tuesday from 19:00 at Second Home Lisboa, Mercado da Ribeira.</c>
/// Only an address or a building counts: a city alone is no venue, nor is a lower-case place (<c>at the office</c>).</summary>
internal static partial class SentenceVenue
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] CommaOrSpace = [',', ' '];

    private static readonly Text.ExactWords HeldWords = new("召开", "举办", "举行", "地点在", "地点为", "地点是", "地点设在", "地点位于",
        "地址在", "地址为", "地址是", "地址位于", "场地在", "会场在", "会场设在");

    // `地点在苏州市星湖街 328 号创意产业园。`: a place label said as a sentence.
    [GeneratedRegex(@"(?:地点|地址|场地|会场)(?:设在|位于|在|为|是)[：:\s]*(?<place>[^，。,；;！!？?：:“”""（）()\s][^，。,；;！!？?“”""（）()]{3,59})", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceIs();

    [GeneratedRegex(@"在(?<place>[^，。,；;！!？?：:“”""（）()\s][^，。,；;！!？?：:“”""（）()]{1,39}?)\s*(?:正式|顺利|成功|圆满|隆重|盛大)?(?:召开|举办|举行)", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAt();

    // A verb of meeting, then within the sentence `at` and a name that starts with a capital, a Han character (an
    // English page's Chinese address) or a street number and a capital: `hosted at Example Labs, 308 SW 2nd Ave`. The verbs are lower case (or open the line): `Meet the
    // Maintainer` and `Meet and Greet` are names of sessions, not sentences. The name ends with the sentence, a bracket, or a time or date
    // phrase after it.
    [GeneratedRegex(@"(?:\b(?:meet|meets|meeting|meetup|gather|gathering|held|hosted|hosting|takes? place|taking place|join us|located|will be on)|^(?:Join|Meet) us|(?:^|(?<=[.!?]\s))Located)\b[^.!?\n]{0,100}?\bat\s+(?<place>(?:the\s+)?(?:\p{Lu}|\p{IsCJKUnifiedIdeographs}|\d{1,5}\s+\p{Lu})[^.!?;\n()\[\]]{1,80}?)\s*(?=[.!?;\n(\[]|$|\s(?:on|from|for|starting|between|at|to|this|next|and)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex MeetAt();

    // `Join us on Wednesday, at 12:00 in Pina colada (Room 809)`: a meeting `in` a named room. A city after `in` is no
    // venue (`we meet in Pasadena`), so the name must say it is a room, a hall, a floor or a street, or hold a number.
    [GeneratedRegex(@"(?:\b(?:meet|meets|meeting|meetup|gather|gathering|held|hosted|hosting|takes? place|taking place|join us|located|will be on)|^(?:Join|Meet) us|(?:^|(?<=[.!?]\s))Located)\b[^.!?\n]{0,100}?\bin\s+(?<place>(?:the\s+)?\p{Lu}[^.!?;\n()\[\]]{1,60}?(?:\s*\([^()\n]{1,30}\))?)\s*(?=[.!?;\n\[]|$|\s(?:on|from|for|starting|between|at|to|this|next|and)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex MeetIn();

    // `We'll be at Interlock celebrating all things Arduino`: the hosts say where they will be; the place is the run of
    // capitalised words after `at` (the sentence goes on in lower case).
    [GeneratedRegex(@"\b(?:[Ww]e'll|[Ww]e will|[Ww]e're going to|[Ww]e are going to) be at\s+(?<place>(?:the\s+)?\p{Lu}[\w'&-]*(?:\s+\p{Lu}[\w'&-]*){0,5})(?=\s+\p{Ll}|\s*[.!?,;\n(\[]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex BeAt();

    // `The venue is at Jansbinnensingel 26, Arnhem — about a 10 minute walk from the station`: a place label said as a
    // sentence, as 地点在 is. The place is an address or a name that starts with a capital, up to the sentence's end or a dash.
    [GeneratedRegex(@"\b(?:[Tt]he\s+)?(?:venue|location|address)\s+(?:is|will be)(?:\s+at|\s+in)?\s+(?<place>(?:the\s+)?(?:\d{1,5}[a-z]?\s+)?\p{Lu}[^.!?;\n()\[\]—–]{1,80}?)\s*(?=[.!?;\n(\[—–]|\s-\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex VenueIs();

    [GeneratedRegex(@"\b(?:room|hall|floor|building|auditorium|lab|library|street|avenue|road|raum|saal)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoomWord();

    /// <summary>The first place the description, then a line of the body outside the 概要 block, says the event is held
    /// at, or null.</summary>
    public static string? Find(string? description, PageOutline outline)
    {
        if (PlaceIn(description) is { } described)
        {
            return described;
        }

        var chinese = outline.MayHold(HeldWords);
        foreach (var line in outline.LineSpan)
        {
            if (!line.InSummary && ((chinese ? ChinesePlaceIn(line.Text) : null) ?? EnglishPlaceIn(line.Text)) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static string? PlaceIn(string? line) => ChinesePlaceIn(line) ?? EnglishPlaceIn(line);

    // The regex's verbs as plain words: most lines with ` at ` (`Engineer at Example Corp`) hold none of them.
    private static readonly Text.ExactWords MeetWords = new("meet", "Meet", "gather", "held", "host", "place", "join us", "Join us", "be at", "located", "Located", "will be on");

    private static readonly Text.ExactWords VenueWords = new("venue is", "venue will be", "location is", "location will be", "address is");

    private static string? EnglishPlaceIn(string? line)
    {
        if (line is not null && VenueWords.In(line) && VenueIs().Match(line) is { Success: true } said
            && said.Groups["place"].Value.Trim().TrimEnd(CommaOrSpace) is var named && IsPlace(named))
        {
            return named;
        }

        var at = line?.Contains(" at ", StringComparison.Ordinal) ?? false;
        if (line is null || (!at && !line.Contains(" in ", StringComparison.Ordinal)) || !MeetWords.In(line))
        {
            return null;
        }

        foreach (var match in at ? MeetAt().Matches(line) : (IEnumerable<Match>)[])
        {
            // `We meet online at YouTube`: the words before `at` say where to watch, not where to go.
            var place = match.Groups["place"].Value.Trim().TrimEnd(CommaOrSpace);
            var before = line.AsSpan(match.Index, match.Groups["place"].Index - match.Index).ToString();
            if (FormWords.Of(before) != Events.EventForm.Online && IsPlace(place))
            {
                return place;
            }
        }

        if (at && BeAt().Match(line) is { Success: true } hosts && hosts.Groups["place"].Value.Trim() is var hostsPlace && IsPlace(hostsPlace))
        {
            return hostsPlace;
        }

        foreach (Match match in MeetIn().Matches(line))
        {
            var place = match.Groups["place"].Value.Trim().TrimEnd(CommaOrSpace);
            if ((RoomWord().IsMatch(place) || place.Any(char.IsAsciiDigit)) && IsPlace(place))
            {
                return place;
            }
        }

        return null;
    }

    private static bool IsPlace(string place) =>
        !OnlineVenue.Is(place, out _) && FormWords.Of(place) == Events.EventForm.Unknown && !IsDate(place);

    // `at December 8`, `at Tuesday`: a date, not a place; `Sun Yat-sen University` only starts like one.
    private static bool IsDate(string place) =>
        Dates.CalendarWords.IsNameAt(place, 0, out var end) && (end > 3 || (end + 1 < place.Length && char.IsAsciiDigit(place[end + 1])));

    private static string? ChinesePlaceIn(string? line)
    {
        // The regex only runs on the few lines that say something is held.
        if (line is null || !HeldWords.In(line))
        {
            return null;
        }

        foreach (var (sentence, labelled) in (ReadOnlySpan<(Regex, bool)>)[(HeldAt(), false), (PlaceIs(), true)])
        {
            foreach (Match match in sentence.Matches(line))
            {
                if (Place(match.Groups["place"].Value.Trim(), labelled) is { } place)
                {
                    return place;
                }
            }
        }

        return null;
    }

    // What a venue has and a city has not: a street, a number, a building. `沙龙在北京成功举办` names the city only, which
    // says no more than the title (no venue, no form).
    private static readonly Text.ExactWords AddressWords =
        new("路", "街", "号", "道", "园", "楼", "厦", "中心", "空间", "酒店", "会议室", "馆", "广场", "大学", "学院", "校区", "基地", "小镇");

    // `在社区的支持下举办` is a circumstance, `在今年举办` a time, `在线上举办` a form: none is a place. After a place label
    // (`地点是老君洞旁的重庆邮电大学`) the words can only be a place, which may well hold a `的`.
    private static string? Place(string text, bool labelled) =>
        (!labelled && (text.Contains('的') || text.EndsWith('下') || text.Contains('年') || text.Contains('月') || text.Contains('期')))
        || !(text.Any(char.IsAsciiDigit) || AddressWords.In(text))
            ? null
            : FormWords.PlaceIn(text);
}
