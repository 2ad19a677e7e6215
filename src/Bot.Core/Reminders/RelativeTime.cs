using System.Globalization;

namespace Bot.Core.Reminders;

/// <summary>"starts in 1 day 2 hours", "started 12 minutes ago", "is starting now": the honest phrase for a start
/// time seen from now.</summary>
public static class RelativeTime
{
    public static string Describe(DateTimeOffset start, DateTimeOffset now, AnnouncementStrings s)
    {
        var minutes = (long)Math.Round((start - now).TotalMinutes, MidpointRounding.AwayFromZero);
        if (minutes == 0)
        {
            return s.StartingNow;
        }

        var amount = Amount(TimeSpan.FromMinutes(Math.Abs(minutes)), s);
        return string.Format(CultureInfo.InvariantCulture, minutes > 0 ? s.StartsIn : s.StartedAgo, amount);
    }

    /// <summary>The two largest non-zero units: "1 day 2 hours", "90 minutes" reads as "1 hour 30 minutes".</summary>
    public static string Amount(TimeSpan span, AnnouncementStrings s) => Units(span, s, exact: false);

    /// <summary>Every non-zero unit when <paramref name="exact"/> ("1 day 1 hour 30 minutes"), else the two largest,
    /// without minutes once it is a day or more.</summary>
    internal static string Units(TimeSpan span, AnnouncementStrings s, bool exact)
    {
        var parts = new List<string>();
        void Add(int value, string one, string many)
        {
            if (value > 0 && (exact || parts.Count < 2))
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? one : many)}"));
            }
        }

        Add((int)span.TotalDays, s.Day, s.Days);
        Add(span.Hours, s.Hour, s.Hours);
        if (exact || span.TotalDays < 1)
        {
            Add(span.Minutes, s.Minute, s.Minutes);
        }

        return string.Join(' ', parts);
    }
}
