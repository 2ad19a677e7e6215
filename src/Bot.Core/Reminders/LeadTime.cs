using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Reminders;

/// <summary>Lead times written the way people type them: <c>1d</c>, <c>1h</c>, <c>10m</c>, <c>90m</c>, <c>1h30m</c>.</summary>
public static partial class LeadTime
{
    /// <summary>"Starting now": the live announcement every subscriber gets.</summary>
    public static readonly TimeSpan Now = TimeSpan.Zero;

    public static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    public static readonly IReadOnlyList<TimeSpan> Defaults = [TimeSpan.FromDays(1), TimeSpan.FromHours(1)];

    public static bool TryParse(string token, out TimeSpan lead)
    {
        lead = default;
        var match = Pattern().Match(token.Trim().ToLowerInvariant());
        if (!match.Success || match.Length == 0)
        {
            return false;
        }

        static long Part(Group g) => g.Success && long.TryParse(g.Value, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var days = Part(match.Groups["d"]);
        var hours = Part(match.Groups["h"]);
        var minutes = Part(match.Groups["m"]);
        if (days > 30 || hours > 24 * 30 || minutes > 60 * 24 * 30)
        {
            return false;
        }

        lead = TimeSpan.FromDays(days) + TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        return lead > TimeSpan.Zero && lead <= Longest;
    }

    /// <summary>Compact and canonical (<c>90m</c> → <c>1h30m</c>, zero → <c>0m</c>), so it can sit in a key.</summary>
    public static string Format(TimeSpan lead)
    {
        if (lead <= TimeSpan.Zero)
        {
            return "0m";
        }

        var sb = new StringBuilder();
        if (lead.Days > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{lead.Days}d");
        }

        if (lead.Hours > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{lead.Hours}h");
        }

        if (lead.Minutes > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{lead.Minutes}m");
        }

        return sb.ToString();
    }

    public static string FormatList(IEnumerable<TimeSpan> leads) => string.Join(' ', leads.Select(Format));

    /// <summary>For people, in their language: <c>1 day 2 hours</c>, <c>1 天 2 小时</c> (every non-zero unit).</summary>
    public static string Describe(TimeSpan lead, AnnouncementStrings s) => RelativeTime.Units(lead, s, exact: true);

    public static string DescribeList(IEnumerable<TimeSpan> leads, AnnouncementStrings s) =>
        string.Join(s.ListSeparator, leads.Select(lead => Describe(lead, s)));

    /// <summary>Reads a stored list back; unreadable entries are skipped (they were validated when written).</summary>
    public static IReadOnlyList<TimeSpan> ParseList(string? text) =>
        (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => TryParse(t, out var lead) ? lead : (TimeSpan?)null)
            .OfType<TimeSpan>().Distinct().OrderDescending().ToList();

    // [0-9], not \d: \d also matches other scripts' digits, which long.TryParse then refuses ("1d١h" read as "1d").
    [GeneratedRegex(@"^(?:(?<d>[0-9]{1,3})d)?(?:(?<h>[0-9]{1,4})h)?(?:(?<m>[0-9]{1,6})m(?:in)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
