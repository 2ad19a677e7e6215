using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>Agenda rows that are not talks (§14): sign-in, breaks, lunch, celebrations, Q&amp;A, the host's opening.</summary>
internal static class Housekeeping
{
    private static readonly string[] Markers =
    [
        "签到", "茶歇", "休息", "午休", "午餐", "互动交流", "主持人开场", "Lunch", "Coffee", "Check-in",
    ];

    public static bool IsHousekeeping(string title)
    {
        var t = title.Trim();
        if (t.Length == 0)
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

        foreach (var marker in Markers)
        {
            if (t.ContainsWord(marker))
            {
                return true;
            }
        }

        return false;
    }
}
