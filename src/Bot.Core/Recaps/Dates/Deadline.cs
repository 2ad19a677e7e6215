using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>A line that dates a deadline, not the event: <c>报名将在 12 月 18 日 18:00 结束</c>, <c>报名截止：12 月 18 日</c>,
/// <c>Registration closes on Dec 18</c>, <c>Nominations will close on April 26th</c>. Its date and hour are no session of the programme and no start.</summary>
internal static partial class Deadline
{
    private static readonly Text.ExactWords Words = new("截止", "截至", "报名结束", "deadline", "Deadline", "closes", "Closes", "will close", "close on", "are due", "is due", "no later than");

    public static bool Says(string line) =>
        Words.In(line) || (line.Contains("报名", StringComparison.Ordinal) && EndsSomething(line)) || (line.Contains('前') && DateBefore().IsMatch(line));

    // `2022 年 04 月 20 日 23:59 前領取`, `4/20 前都可以回放`, `12 月 18 日之前提交`: a day or hour things must happen before.
    // Not `5 月 20 日前端沙龙` or `14:00 前往会场`: 前 opening a word of its own (front end, proceed to, eve, ...).
    [GeneratedRegex(@"(?:\d\s*[日号號]|\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}/\d{1,2}|\d\s*[点點])\s*(?:之前|以前|前)(?![往端沿景行进進夜置瞻言后後台天例排列])", RegexOptions.CultureInvariant)]
    private static partial Regex DateBefore();

    // `报名将于…结束`, not `活动圆满结束`: a recap's event that ended well says nothing of a deadline.
    private static bool EndsSomething(string line)
    {
        for (var at = line.IndexOf("结束", StringComparison.Ordinal); at >= 0; at = line.IndexOf("结束", at + 2, StringComparison.Ordinal))
        {
            if (!(at >= 2 && line.AsSpan(at - 2, 2) is "圆满" or "顺利"))
            {
                return true;
            }
        }

        return false;
    }

    // A full stop ends an English sentence only before a space: `2026.12.18` is a date.
    private static readonly string[] SentenceEnds = ["。", "！", "？", "；", "! ", "? ", "; ", ". "];

    /// <summary>The dates of the sentences of <paramref name="line"/> that say no deadline.</summary>
    public static IReadOnlyList<DateTimeText> DatesOutside(string line)
    {
        List<DateTimeText>? dates = null;
        foreach (var sentence in line.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Says(sentence))
            {
                (dates ??= []).AddRange(DateTimeScanner.All(sentence));
            }
        }

        return dates ?? [];
    }
}
