namespace Bot.Core.Recaps.Dates;

/// <summary>A line that dates a deadline, not the event: <c>报名将在 12 月 18 日 18:00 结束</c>, <c>报名截止：12 月 18 日</c>,
/// <c>Registration closes on Dec 18</c>, <c>Nominations will close on April 26th</c>. Its date and hour are no session of the programme and no start.</summary>
internal static class Deadline
{
    private static readonly Text.ExactWords Words = new("截止", "截至", "报名结束", "deadline", "Deadline", "closes", "Closes", "will close", "close on", "are due", "is due");

    public static bool Says(string line) =>
        Words.In(line) || (line.Contains("报名", StringComparison.Ordinal) && line.Contains("结束", StringComparison.Ordinal));

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
