using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Hours written before their date, as English prose writes them: <c>7:30PM on Tuesday 15th September</c>,
/// <c>at 19:00 on 3 May</c>, <c>19:00 BST / 20:00 CEST on Wednesday the 7th of April</c> (the first zone written is the
/// hours'). Read only back from a date that has no hours after it, within a few characters.</summary>
internal static class HoursBeforeDate
{
    // Longer than any time range (`10:30 a.m. - 12:30 p.m.`) with `on the` after it, or an hour in two zones.
    private const int Window = 40;

    /// <summary>The range that ends right before <paramref name="dateStart"/> (with <c>on</c> / <c>the</c> between), or null,
    /// with the zone written right after the hours (null when none).</summary>
    public static TimeRange? Read(string s, int dateStart, out ZoneNames.Written? zone)
    {
        zone = null;
        var end = Back(s, dateStart);
        end = Back(s, WithoutWord(s, end, "the"));
        var on = WithoutWord(s, end, "on");
        var said = on != end;
        end = Back(s, on);
        for (var k = Math.Max(0, end - Window); k < end; k++)
        {
            if (!char.IsAsciiDigit(s[k]) || (k > 0 && (char.IsAsciiLetterOrDigit(s[k - 1]) || s[k - 1] is ':' or '.')))
            {
                continue;
            }

            var t = k;
            if (!TimeScanner.TryRange(s, ref t, out var range, out _) && !TimeScanner.TryDottedRange(s, ref t, out range))
            {
                continue;
            }

            var hoursEnd = t;
            var written = WrittenZone(s, ref t);
            if (Back(s, t) == end && (said || s.AsSpan(k, hoursEnd - k).IndexOfAny(":mM") >= 0))
            {
                zone = written;
                return range;
            }
        }

        return null;
    }

    // `19:00 BST`, `19:00 (BST)`, `19:00 BST / 20:00 CEST`: the zone after the hours and the same hours told in another zone.
    private static ZoneNames.Written? WrittenZone(string s, ref int i)
    {
        var j = i;
        if (ZoneNames.Read(s, ref j) is not { } written)
        {
            return null;
        }

        j = At(s, j, ')') ? j + 1 : j;
        var k = SkipSpaces(s, j);
        if (At(s, k, '/'))
        {
            k++;
            if (TimeScanner.TryRange(s, ref k, out _, out _) && ZoneNames.Read(s, ref k) is not null)
            {
                j = At(s, k, ')') ? k + 1 : k;
            }
        }

        i = j;
        return written;
    }

    private static int Back(string s, int i)
    {
        while (i > 0 && s[i - 1] is ' ' or ',')
        {
            i--;
        }

        return i;
    }

    private static int WithoutWord(string s, int end, string word) =>
        end >= word.Length && s.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (end == word.Length || s[end - word.Length - 1] == ' ') ? end - word.Length : end;
}
