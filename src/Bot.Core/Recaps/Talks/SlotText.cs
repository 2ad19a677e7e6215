using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>Reads an agenda time range at the start of a text: <c>19:00-19:05</c>, <c>14 :15 - 15:00</c>,
/// <c>19：00 - 20：00</c>, <c>12:00--17:00</c>, <c>9:00 – 16:00</c>, <c>2:00 PM - 2:40 PM</c>, <c>10.30am - 11.10am</c>. A scanner, not a regex, so it is linear.</summary>
internal static class SlotText
{
    // What a text without a time range gives: shared (a slot is immutable), as most texts tried are not agenda rows and
    // a new slot for each was most of what the layouts allocated per line.
    private static readonly TimeSlot NoSlot = new(default, null);

    /// <param name="consumed">Characters read, so callers can take the title that follows.</param>
    /// <param name="impossible">True when the end is before the start (a typo such as <c>14:50-13:10</c>).</param>
    public static bool TryRead(string text, out TimeSlot slot, out int consumed, out bool impossible)
    {
        slot = NoSlot;
        consumed = 0;
        impossible = false;
        var i = 0;
        SkipSpaces(text, ref i);
        // `7-7:05`, `10 - 12:00`: a range may open on the hour alone; a lone hour is no slot (`3 talks`, `2019`).
        var bareHour = false;
        if (!TryTime(text, ref i, out var start, out var startMeridiem))
        {
            if (!TryHour(text, ref i, out start))
            {
                return false;
            }

            bareHour = true;
        }

        var afterStart = i;
        SkipSpaces(text, ref i);
        var dashes = 0;
        while (i < text.Length && text[i] is '-' or '–' or '—' or '~' or '～' or '至')
        {
            i++;
            dashes++;
        }

        // `6:30 pm to 7:00 pm`: the range said in a word.
        if (dashes == 0 && i + 2 < text.Length && text[i] is 't' or 'T' && text[i + 1] is 'o' or 'O' && text[i + 2] == ' ')
        {
            i += 3;
            dashes = 1;
        }

        SkipSpaces(text, ref i);
        if (dashes > 0 && TryTime(text, ref i, out var end, out var endMeridiem))
        {
            // `2:00 - 2:40 PM`: a start written without its meridiem shares the end's.
            if (end.Hour >= 12 && start.Hour < 12 && start.AddHours(12) <= end && !startMeridiem)
            {
                start = start.AddHours(12);
                startMeridiem = true;
            }

            if (!startMeridiem && !endMeridiem && CrossesNoon(start, end))
            {
                end = end.AddHours(12);
            }

            impossible = end < start;
            slot = new TimeSlot(start, impossible ? null : end) { Clock = ClockOf(start, startMeridiem || endMeridiem) };
            consumed = i;
            return true;
        }

        if (bareHour)
        {
            return false;
        }

        slot = new TimeSlot(start, null) { Clock = ClockOf(start, startMeridiem) };
        consumed = afterStart;
        return true;
    }

    private static bool TryHour(string text, ref int i, out TimeOnly time)
    {
        time = default;
        var j = i;
        var hour = ReadNumber(text, ref j, 2);
        if (hour is < 0 or > 23 || (j < text.Length && char.IsAsciiDigit(text[j])))
        {
            return false;
        }

        time = new TimeOnly(hour, 0);
        i = j;
        return true;
    }

    // An hour of 1–12 without am/pm could be either half of the day; the agenda's order decides (TwelveHourAgenda).
    private static SlotClock ClockOf(TimeOnly start, bool meridiem) =>
        meridiem ? SlotClock.Stated : start.Hour is >= 1 and <= 12 ? SlotClock.EitherHalf : SlotClock.TwentyFour;

    // `11:30 - 1:00`, `12:30 - 1:30`: a 12-hour range over noon, not an end before its start; a 24-hour typo such as
    // `14:50-13:10` or a range of many hours stays impossible.
    private static bool CrossesNoon(TimeOnly start, TimeOnly end) =>
        end < start && start.Hour is >= 9 and <= 12 && end.Hour is >= 1 and < 12 && end.AddHours(12) - start <= MaxNoonRange;

    private static readonly TimeSpan MaxNoonRange = TimeSpan.FromHours(4);

    private static bool TryTime(string text, ref int i, out TimeOnly time, out bool meridiem)
    {
        time = default;
        meridiem = false;
        var j = i;
        var hour = ReadNumber(text, ref j, 2);
        SkipSpaces(text, ref j);
        // `10.30am`: a dot parts the hour from the minutes only where a meridiem says it is a time, not a number.
        var dotted = hour >= 0 && j < text.Length && text[j] == '.';
        if (hour < 0 || j >= text.Length || !(text[j] is ':' or '：' || dotted))
        {
            return false;
        }

        j++;
        SkipSpaces(text, ref j);
        var minuteAt = j;
        var minute = ReadNumber(text, ref j, 2);
        if (minute < 0 || hour > 23 || minute > 59)
        {
            return false;
        }

        // `2:00 PM`, `10:30 am`: an English meridiem after the minutes.
        var k = j;
        SkipSpaces(text, ref k);
        if (dotted && (j - minuteAt != 2 || !HasMeridiem(text, k)))
        {
            return false;
        }

        if (HasMeridiem(text, k))
        {
            meridiem = true;
            var pm = TextNormalizer.Lower(text[k]) == 'p';
            hour = pm && hour < 12 ? hour + 12 : !pm && hour == 12 ? 0 : hour;
            j = k + 2;
        }

        time = new TimeOnly(hour, minute);
        i = j;
        return true;
    }

    private static bool HasMeridiem(string text, int i)
    {
        SkipSpaces(text, ref i);
        return i + 1 < text.Length && TextNormalizer.Lower(text[i]) is 'a' or 'p' && TextNormalizer.Lower(text[i + 1]) == 'm'
            && (i + 2 >= text.Length || !char.IsAsciiLetter(text[i + 2]));
    }

    private static int ReadNumber(string text, ref int i, int maxDigits)
    {
        var value = 0;
        var digits = 0;
        while (i < text.Length && digits < maxDigits && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
            digits++;
        }

        return digits == 0 ? -1 : value;
    }

    private static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }
    }
}
