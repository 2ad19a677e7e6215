using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>Agenda rows that are not talks (§14): sign-in, breaks, lunch, celebrations, Q&amp;A, the host's opening.</summary>
internal static partial class Housekeeping
{
    private static readonly WordSet Markers = new(
        "签到", "茶歇", "休息", "午休", "午餐", "互动交流", "主持人开场", "提问时间", "问答环节", "自由交流", "合影", "抽奖",
        "神秘嘉宾", "现场照片", "晚餐", "展台", "展位", "Booth", "Kiosk", "懇親会", "恳亲会", "聚餐",
        // A contest's or a ceremony's own slots: meals, judging rounds, the opening and the prize-giving.
        "早餐", "夜宵", "开幕式", "闭幕式", "颁奖", "初审", "复审", "终审", "作品提交", "游戏环节");

    // An English slot word is housekeeping only when the title says nothing else: `Coffee break & networking` is a
    // break, `Debugging Kubernetes networking with eBPF` and `Service registration in Nacos` are talks. (A booth is
    // never a talk, whoever stands in it: `VMware Booth`.)
    private static readonly string[] LatinMarkers =
        ["check-in", "q&a", "lunch", "coffee", "breakfast", "dinner", "registration", "networking", "break", "doors", "drinks",
         "snacks", "food", "foods", "pizza", "beer", "refreshments", "apéro", "apero", "mingling", "social", "warm", "warmup", "icebreaker",
         "introductions", "wrap", "wrapping", "words", "setup", "venue", "session", "sessions", "afterparty", "after-party", "party", "konshinkai",
         "arrive", "arrival", "arrivals", "eat", "mingle", "announcements", "check", "greet", "closure",
         // A programme's own frame: the talks that open and close the day, the moment its talks begin.
         "opening talk", "closing talk", "talks begin", "talks start"];

    private static readonly string[] LatinFillers =
        ["and", "with", "time", "light", "session", "open", "the", "of", "day", "end", "welcome", "opening", "closing", "remarks",
         "intro", "introduction", "up", "环节", "交流", "时间", "first", "second", "third", "morning", "afternoon", "evening", "opens",
         "close", "virtual", "speakers", "tba", "tbd", "connectivity", "tech", "sound", "user", "group", "community", "news", "meet",
         "attendees", "guests", "start", "starts", "to", "event", "see", "below", "a", "final", "few"];

    private static readonly char[] TokenBreaks = [' ', ',', '&', '+', '/', '(', ')', ':', '-', '–', '—', '|'];

    // Slots that are housekeeping when that is all the title says: "开场演讲 SOFAStack 云原生开源体系介绍" is a talk.
    private static readonly string[] WholeTitles =
        ["开场演讲", "开场致辞", "开场介绍", "介绍环节", "欢迎致辞", "闭幕致辞", "Welcome", "Welcome speech", "Opening", "Opening remarks", "Closing", "Closing remarks", "End", "End of event", "End of the event", "Setting up", "Close up", "Close-up",
         // A slot kept for a talk not yet known names none.
         "TBD", "TBA", "To be announced", "To be determined", "待定", "Open slot", "Open spot", "Free slot", "Your talk here",
         "敬请期待", "待公布", "虚位以待",
         // A slot kept for talks that it does not name.
         "技术演讲", "技术分享", "主题演讲", "比赛开始", "比赛结束", "善后", "技术调试及准备"];

    public static bool IsHousekeeping(string title)
    {
        var t = title.Trim();
        if (t.Length == 0)
        {
            return true;
        }

        foreach (var whole in WholeTitles)
        {
            if (t.Equals(whole, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // `Talk 1`, `Speaker #2`: a numbered slot waiting for its talk, the same as `TBA`.
        if (NumberedSlot().IsMatch(t))
        {
            return true;
        }

        // `某社区 meetup 第七期深圳站开场致辞`: a speech of welcome, whoever gives it.
        if (t.EndsWith("致辞", StringComparison.Ordinal))
        {
            return true;
        }

        if (t.StartsWith("庆祝", StringComparison.Ordinal) && t.EndsWith("环节", StringComparison.Ordinal))
        {
            return true;
        }

        if (t.Contains('《'))
        {
            return false;
        }

        return Markers.In(t) || SaysOnlySlotWords(t);
    }

    private static bool SaysOnlySlotWords(string title)
    {
        var rest = TextNormalizer.LowerInvariant(title);
        var found = false;
        foreach (var marker in LatinMarkers)
        {
            for (var at = rest.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = rest.IndexOf(marker, at, StringComparison.Ordinal))
            {
                var end = at + marker.Length;
                if ((at > 0 && char.IsAsciiLetter(rest[at - 1])) || (end < rest.Length && char.IsAsciiLetter(rest[end])))
                {
                    at = end;
                    continue;
                }

                rest = string.Concat(rest.AsSpan(0, at), " ", rest.AsSpan(end));
                found = true;
            }
        }

        if (!found)
        {
            return false;
        }

        foreach (var word in rest.Split(TokenBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            // `Pizza break 🍕`: a pictograph says nothing a word would not.
            if (Array.IndexOf(LatinFillers, word) < 0 && word.Any(char.IsLetterOrDigit))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?:lightning\s+)?(?:talk|speaker|presentation|slot)\s*#?\d{1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedSlot();
}
