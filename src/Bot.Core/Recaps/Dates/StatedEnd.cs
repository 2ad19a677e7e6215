using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>The end a sentence states after its start: <c>下午14:00正式开始，预计17:30结束</c>, <c>14:00 开始，17:30 左右散场</c>.
/// Pages that write the time in a sentence rather than a label give the end this way, not as a range.</summary>
internal static partial class StatedEnd
{
    // The rest of the sentence after the start, no further than this: a later `结束` is about something else.
    private const int Reach = 40;

    [GeneratedRegex(@"^[^。！？!?\n]*?(?<!\d)([0-9]{1,2})[:：]([0-9]{2})\s*(?:左右)?\s*(?:结束|散场|收尾)", RegexOptions.CultureInvariant)]
    private static partial Regex EndsAt();

    /// <summary>The clock time the text from <paramref name="from"/> says the event ends at, or null.</summary>
    public static TimeOnly? After(string text, int from)
    {
        if (from >= text.Length)
        {
            return null;
        }

        var rest = text.AsSpan(from, Math.Min(Reach, text.Length - from));
        if (rest.IndexOf("结束", StringComparison.Ordinal) < 0 && rest.IndexOf("散场", StringComparison.Ordinal) < 0 && rest.IndexOf("收尾", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var m = EndsAt().Match(rest.ToString());
        if (!m.Success)
        {
            return null;
        }

        var (hour, minute) = (int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }
}
