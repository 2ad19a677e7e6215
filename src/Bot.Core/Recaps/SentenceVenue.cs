using System.Text.RegularExpressions;
using Bot.Core.Recaps.Outline;
using Bot.Core.Recaps.Structured;

namespace Bot.Core.Recaps;

/// <summary>The place a sentence says an event is held at, where no venue label names one:
/// <c>将于11月14号在苏州市星湖街 88 号创客空间正式召开</c>. A page's description and lead often say it this way and
/// nothing else does. Only an address or a building counts: a city alone is no venue.</summary>
internal static partial class SentenceVenue
{
    private static readonly Text.ExactWords HeldWords = new("召开", "举办", "举行");

    [GeneratedRegex(@"在(?<place>[^，。,；;！!？?：:“”""（）()\s][^，。,；;！!？?：:“”""（）()]{1,39}?)\s*(?:正式|顺利|成功|圆满|隆重|盛大)?(?:召开|举办|举行)", RegexOptions.CultureInvariant)]
    private static partial Regex HeldAt();

    /// <summary>The first place the description, then a line of the body outside the 概要 block, says the event is held
    /// at, or null.</summary>
    public static string? Find(string? description, PageOutline outline)
    {
        if (PlaceIn(description) is { } described)
        {
            return described;
        }

        if (!outline.MayHold(HeldWords))
        {
            return null;
        }

        foreach (var line in outline.LineSpan)
        {
            if (!line.InSummary && PlaceIn(line.Text) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static string? PlaceIn(string? line)
    {
        // The regex only runs on the few lines that say something is held.
        if (line is null || !HeldWords.In(line))
        {
            return null;
        }

        foreach (Match match in HeldAt().Matches(line))
        {
            if (Place(match.Groups["place"].Value.Trim()) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    // What a venue has and a city has not: a street, a number, a building. `沙龙在北京成功举办` names the city only, which
    // says no more than the title (no venue, no form).
    private static readonly Text.ExactWords AddressWords =
        new("路", "街", "号", "道", "园", "楼", "厦", "中心", "空间", "酒店", "会议室", "馆", "广场", "大学", "学院", "校区", "基地", "小镇");

    // `在社区的支持下举办` is a circumstance, `在今年举办` a time, `在线上举办` a form: none is a place.
    private static string? Place(string text) =>
        text.Contains('的') || text.EndsWith('下') || text.Contains('年') || text.Contains('月') || text.Contains('期')
        || !(text.Any(char.IsAsciiDigit) || AddressWords.In(text))
            ? null
            : FormWords.PlaceIn(text);
}
