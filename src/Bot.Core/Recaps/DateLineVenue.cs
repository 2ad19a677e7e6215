using Bot.Core.Recaps.Dates;
using Bot.Core.Recaps.Outline;
using Bot.Core.Recaps.Structured;

namespace Bot.Core.Recaps;

/// <summary>The place a one-line summary names after its date, its parts split by a middle dot or a bar:
/// <c>Thursday, December 17 2026 · 19:00 · Station F, 5 Parvis Alan Turing, Paris</c>,
/// <c>12 月 17 日 19:00 | 杭州市西湖区文三路 90 号</c>. Meetup listings write the event this way and label nothing.</summary>
internal static class DateLineVenue
{
    private static readonly string[] Separators = [" · ", " | ", "｜", " • ", " ・ "];
    private static readonly System.Buffers.SearchValues<char> SeparatorMarks = System.Buffers.SearchValues.Create("·|｜•・");

    // What a place part has and a price, a form or a tag has not: a street or building word, a house number, or a
    // comma between a name and its city.
    private static readonly Text.ExactWords AddressWords = new(
        "路", "街", "号", "大厦", "中心", "空间", "酒店", "会议室", "园区", "广场", "大学", "学院",
        "Street", "St.", "Avenue", "Ave", "Road", "Rd", "Square", "Hall", "Building", "Campus", "Hotel", "Floor", "Centre",
        "Center", "Office", "Hub", "Station", "Library", "University", "Platz", "Straße", "Strasse", "Rue", "Via", "Calle");

    public static string? Find(PageOutline outline)
    {
        foreach (var line in outline.LineSpan)
        {
            // The line gives the event's hour as well as its day: a byline (`December 1, 2026 · Jane Doe, Acme`) does not.
            if (line.Text.Length > 200 || !line.Text.AsSpan().ContainsAny(SeparatorMarks) || DateTimeScanner.FindDate(line.Text) is not { Start: not null })
            {
                continue;
            }

            var parts = line.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || DateTimeScanner.FindDate(parts[0]) is null)
            {
                continue;
            }

            for (var i = 1; i < parts.Length; i++)
            {
                if (IsPlace(parts[i]))
                {
                    return parts[i];
                }
            }
        }

        return null;
    }

    private static bool IsPlace(string part) =>
        part.Length is >= 4 and <= 120
        && (char.IsUpper(part[0]) || char.IsAsciiDigit(part[0]) || part[0] >= '\u4E00')
        && !part.Contains("://", StringComparison.Ordinal)
        && FormWords.Of(part) == Events.EventForm.Unknown
        && DateTimeScanner.FindDate(part) is null && !TimeOnlyPart(part)
        && (AddressWords.In(part) || part.Contains(',') || part.Contains('，') || CityZones.In(part).Any());

    // `19:00`, `7:00 PM – 9:00 PM PST`: the hours part of the line.
    private static bool TimeOnlyPart(string part) => char.IsAsciiDigit(part[0]) && part.Length <= 24 && part.Contains(':');
}
