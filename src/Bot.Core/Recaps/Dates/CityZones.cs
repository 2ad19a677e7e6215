using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Bot.Core.Recaps.Dates;

/// <summary>The IANA zone of a city a page names, for times written in "local time" (<c>1:00 pm (local time)</c>)
/// with no zone of their own: the cities that host tech conferences and meetups most often. The title names the
/// city of the event more surely than the body, which may mention others.</summary>
internal static class CityZones
{
    private static readonly (string City, string Zone)[] Cities =
    [
        ("Amsterdam", "Europe/Amsterdam"), ("Paris", "Europe/Paris"), ("London", "Europe/London"), ("Berlin", "Europe/Berlin"),
        ("Munich", "Europe/Berlin"), ("Barcelona", "Europe/Madrid"), ("Valencia", "Europe/Madrid"), ("Madrid", "Europe/Madrid"),
        ("Copenhagen", "Europe/Copenhagen"), ("Geneva", "Europe/Zurich"), ("Zurich", "Europe/Zurich"), ("Vienna", "Europe/Vienna"),
        ("Prague", "Europe/Prague"), ("Dublin", "Europe/Dublin"), ("Lisbon", "Europe/Lisbon"), ("Stockholm", "Europe/Stockholm"),
        ("Milan", "Europe/Rome"), ("Rome", "Europe/Rome"), ("Warsaw", "Europe/Warsaw"), ("Brussels", "Europe/Brussels"),
        ("Chicago", "America/Chicago"), ("Austin", "America/Chicago"), ("Detroit", "America/Detroit"), ("Atlanta", "America/New_York"),
        ("Boston", "America/New_York"), ("New York", "America/New_York"), ("Toronto", "America/Toronto"), ("Montreal", "America/Toronto"),
        ("Denver", "America/Denver"), ("Salt Lake City", "America/Denver"), ("Seattle", "America/Los_Angeles"),
        ("San Francisco", "America/Los_Angeles"), ("San Diego", "America/Los_Angeles"), ("Los Angeles", "America/Los_Angeles"),
        ("Vancouver", "America/Vancouver"), ("Mumbai", "Asia/Kolkata"), ("Delhi", "Asia/Kolkata"), ("Bangalore", "Asia/Kolkata"),
        ("Bengaluru", "Asia/Kolkata"), ("Hyderabad", "Asia/Kolkata"), ("Tokyo", "Asia/Tokyo"), ("Seoul", "Asia/Seoul"),
        ("Singapore", "Asia/Singapore"), ("Sydney", "Australia/Sydney"), ("Melbourne", "Australia/Melbourne"),
        ("Shanghai", "Asia/Shanghai"), ("Beijing", "Asia/Shanghai"), ("Hangzhou", "Asia/Shanghai"), ("Shenzhen", "Asia/Shanghai"),
        ("Chengdu", "Asia/Shanghai"), ("Guangzhou", "Asia/Shanghai"), ("Hong Kong", "Asia/Hong_Kong"), ("Taipei", "Asia/Taipei"),
        ("上海", "Asia/Shanghai"), ("北京", "Asia/Shanghai"), ("杭州", "Asia/Shanghai"), ("深圳", "Asia/Shanghai"), ("成都", "Asia/Shanghai"),
        ("广州", "Asia/Shanghai"), ("香港", "Asia/Hong_Kong"), ("台北", "Asia/Taipei"), ("东京", "Asia/Tokyo"), ("首尔", "Asia/Seoul"),
        ("新加坡", "Asia/Singapore"), ("伦敦", "Europe/London"), ("巴黎", "Europe/Paris"), ("阿姆斯特丹", "Europe/Amsterdam"),
        ("柏林", "Europe/Berlin"), ("芝加哥", "America/Chicago"), ("西雅图", "America/Los_Angeles"), ("旧金山", "America/Los_Angeles"),
        ("纽约", "America/New_York"), ("孟买", "Asia/Kolkata"),
        ("Hamburg", "Europe/Berlin"), ("Frankfurt", "Europe/Berlin"), ("Cologne", "Europe/Berlin"), ("Köln", "Europe/Berlin"),
        ("Stuttgart", "Europe/Berlin"), ("München", "Europe/Berlin"), ("Zürich", "Europe/Zurich"), ("Lisboa", "Europe/Lisbon"),
        ("Porto", "Europe/Lisbon"), ("Oslo", "Europe/Oslo"), ("Helsinki", "Europe/Helsinki"), ("Budapest", "Europe/Budapest"),
        ("Athens", "Europe/Athens"), ("Istanbul", "Europe/Istanbul"), ("Kraków", "Europe/Warsaw"), ("Krakow", "Europe/Warsaw"),
        ("Bucharest", "Europe/Bucharest"), ("Kyiv", "Europe/Kyiv"), ("Manchester", "Europe/London"), ("Edinburgh", "Europe/London"),
        ("Lyon", "Europe/Paris"), ("Tel Aviv", "Asia/Jerusalem"), ("Dubai", "Asia/Dubai"), ("Cape Town", "Africa/Johannesburg"),
        ("São Paulo", "America/Sao_Paulo"), ("Buenos Aires", "America/Argentina/Buenos_Aires"), ("Mexico City", "America/Mexico_City"),
        ("Portland", "America/Los_Angeles"), ("Washington", "America/New_York"), ("Philadelphia", "America/New_York"),
        ("Miami", "America/New_York"), ("Dallas", "America/Chicago"), ("Houston", "America/Chicago"), ("Minneapolis", "America/Chicago"),
        ("Phoenix", "America/Phoenix"), ("Ottawa", "America/Toronto"), ("Calgary", "America/Edmonton"), ("Jakarta", "Asia/Jakarta"),
        ("Bangkok", "Asia/Bangkok"), ("Kuala Lumpur", "Asia/Kuala_Lumpur"), ("Manila", "Asia/Manila"), ("Pune", "Asia/Kolkata"),
        ("Chennai", "Asia/Kolkata"), ("Osaka", "Asia/Tokyo"), ("Auckland", "Pacific/Auckland"), ("Brisbane", "Australia/Brisbane"),
        ("Perth", "Australia/Perth"),
    ];

    private static readonly SearchValues<string> LocalTimeWords =
        SearchValues.Create(["local time", "当地时间", "本地时间", "localtime"], StringComparison.OrdinalIgnoreCase);

    // The first characters of 地时间 and of "local" in any case (no other character is l or L when cases are ignored).
    private static readonly SearchValues<char> LocalTimeInitials = SearchValues.Create("地lL");

    /// <summary>Whether <paramref name="text"/> says its times are local (<c>(local time)</c>, <c>当地时间</c>).</summary>
    // Every spelling holds 地时间 or (in any case) "local", which one vectorised search for their first characters
    // finds; the case-insensitive search of all four words, a dictionary look-up per character, runs only on the few
    // lines that hold one.
    public static bool SaysLocalTime(string text) => MayNameLocalTime(text) && text.AsSpan().ContainsAny(LocalTimeWords);

    private static bool MayNameLocalTime(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(LocalTimeInitials); at >= 0; at = text.IndexOfAny(LocalTimeInitials))
        {
            text = text[at..];
            if (text.StartsWith("地时间", StringComparison.Ordinal) || text.StartsWith("local", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            text = text[1..];
        }

        return false;
    }

    // Each city by its name, for the word(s) before `time` or the characters before `时间`.
    private static readonly FrozenDictionary<string, string> ZoneByCity =
        Cities.DistinctBy(c => c.City, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(c => c.City, c => c.Zone, StringComparer.OrdinalIgnoreCase);

    /// <summary>The city whose clock <paramref name="text"/> names for its times (<c>19:00 (Lisbon time)</c>,
    /// <c>东京时间 20:00</c>), if it is one of <see cref="Cities"/>.</summary>
    // Every line of a page is asked: a look-up of the one, two or three words (or two to five characters) before the
    // clock word, not a search for every city.
    public static (string City, string Zone)? ClockOf(string text)
    {
        var lookup = CityLookup;
        for (var at = text.IndexOf("时间", StringComparison.Ordinal); at >= 0; at = text.IndexOf("时间", at + 1, StringComparison.Ordinal))
        {
            for (var length = 2; length <= Math.Min(5, at); length++)
            {
                if (lookup.TryGetValue(text.AsSpan(at - length, length), out var zone))
                {
                    return (text.Substring(at - length, length), zone);
                }
            }
        }

        // ` time` or ` Time`, searched ordinally: a case-blind search through Chinese text is slow.
        for (var at = NextClockWord(text, 0); at >= 0; at = NextClockWord(text, at + 1))
        {
            // The words before, one to three of them (`Lisbon`, `New York`, `Salt Lake City`).
            var start = at;
            for (var words = 0; words < 3 && start > 0; words++)
            {
                var space = text.LastIndexOf(' ', start - 1);
                start = space + 1;
                var name = text.AsSpan(start, at - start).TrimStart('(');
                if (lookup.TryGetValue(name, out var zone))
                {
                    return (name.ToString(), zone);
                }

                start = space;
            }
        }

        return null;
    }

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CityLookup =
        ZoneByCity.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int NextClockWord(string text, int from)
    {
        var lower = text.IndexOf(" time", from, StringComparison.Ordinal);
        var upper = text.IndexOf(" Time", from, StringComparison.Ordinal);
        return lower < 0 ? upper : upper < 0 ? lower : Math.Min(lower, upper);
    }

    /// <summary>The cities <paramref name="text"/> names, in the order of <see cref="Cities"/>, without repeats of a zone.</summary>
    public static IEnumerable<(string City, string Zone)> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        foreach (var (city, zone) in Cities)
        {
            if (NamesCity(text, city))
            {
                yield return (city, zone);
            }
        }
    }

    // A Latin name stands as a whole word (`Paris`, not `Comparison`); a Chinese one anywhere.
    private static bool NamesCity(string text, string city)
    {
        var latin = Ascii.IsValid(city);
        for (var at = text.IndexOf(city, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(city, at + 1, latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            var end = at + city.Length;
            if (!latin || ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))))
            {
                return true;
            }
        }

        return false;
    }
}
