namespace Bot.Core.Recaps.Dates;

/// <summary>A line that says nothing but when (<c>Tuesday, October 8th 2024 @ 7PM</c>, <c>2030 年 5 月 20 日（周六）下午</c>):
/// a heading of the day, never a talk's title.</summary>
internal static class DateTitle
{
    private static readonly string[] Words = ["st", "nd", "rd", "th", "am", "pm", "at", "on", "from", "to", "until", "and", "utc", "gmt"];
    private const string ChineseWords = "年月日号號周週星期一二三四五六七八九十天上下中午晚早凌晨点點分半";

    public static bool IsOnlyDate(string text)
    {
        if (!ScanText.HasDigit(text))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                if (CalendarWords.IsNameAt(text, i, out var end) || IsFiller(text.AsSpan(i, end - i)))
                {
                    i = end - 1;
                    continue;
                }

                return false;
            }

            if (char.IsLetter(c) && !ChineseWords.Contains(c))
            {
                return false;
            }
        }

        return DateTimeScanner.FindDate(text) is not null;
    }

    private static bool IsFiller(ReadOnlySpan<char> word)
    {
        foreach (var filler in Words)
        {
            if (word.Equals(filler, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
