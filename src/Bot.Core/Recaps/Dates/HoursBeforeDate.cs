using static Bot.Core.Recaps.Dates.ScanText;

namespace Bot.Core.Recaps.Dates;

/// <summary>Hours written before their date, as English prose writes them: <c>7:30PM on Tuesday 15th September</c>,
/// <c>at 19:00 on 3 May</c>. Read only back from a date that has no hours after it, within a few characters.</summary>
internal static class HoursBeforeDate
{
    // Longer than any time range (`10:30 a.m. - 12:30 p.m.`) with `on the` after it.
    private const int Window = 32;

    /// <summary>The range that ends right before <paramref name="dateStart"/> (with <c>on</c> / <c>the</c> between), or null.</summary>
    public static TimeRange? Read(string s, int dateStart)
    {
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
            if ((TimeScanner.TryRange(s, ref t, out var range, out _) || TimeScanner.TryDottedRange(s, ref t, out range)) && Back(s, t) == end
                && (said || s.AsSpan(k, t - k).IndexOfAny(":mM") >= 0))
            {
                return range;
            }
        }

        return null;
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
