using System.Text.RegularExpressions;

namespace Bot.Core.Recaps.Dates;

/// <summary>A sentence that says when the event begins without naming its day (<c>The meeting will start at 19:00.</c>,
/// <c>Talks begin at 7 pm</c>, <c>活动将于 19:30 准时开始</c>): the hour of a date that the page writes elsewhere alone
/// (a heading <c>### April 9, 2020</c>, the front matter).</summary>
internal static partial class StartSentence
{
    /// <summary>The hour the first such sentence of the page names, if any.</summary>
    public static TimeOnly? Find(LineDates dates)
    {
        for (var index = 0; index < dates.Lines.Count; index++)
        {
            // A long paragraph is read by its opening only (`2:30 分，活动正式开始，…` opens a recap's account of the day).
            var line = dates.Lines[index].Text;
            var opening = line.AsSpan(0, Math.Min(line.Length, LongestOpening));
            if (!MayStart(opening))
            {
                continue;
            }

            var text = opening.Length < line.Length ? opening.ToString() : line;
            var english = EnglishStart().Match(text);
            // A line whose date has its hours is their source; one whose date has none may give them later on
            // (`on **August 3rd, 2017**, we'll start the meeting in the conference room at **6:30pm**`).
            if (dates.Of(index) is { Count: > 0 } dated && (dated[0].Start is not null || !english.Success
                || DateTimeScanner.FindDate(text[(english.Index + english.Length)..]) is not null))
            {
                continue;
            }

            // The hour read is the one the phrase points at: after `start at`, or the one right before `开始`
            // (`上午 9:00 到 12:00，14:00 开始下午场` starts the afternoon at 14:00). A sign-in or doors hour comes before
            // the start: `registration starts at 18:00` is not it, but `Doors open at 6:30PM and we start at 7PM` says both.
            if (english.Success ? SignIn.In(Clause(text, english.Index)) : SignIn.In(text))
            {
                continue;
            }

            var chinese = english.Success ? null : ChineseStart().Match(text);
            var from = english.Success ? english.Index + english.Length : chinese is { Success: true } ? WithMeridiem(text, chinese.Index) : -1;
            if (from >= 0 && DateTimeScanner.FindTime(text[from..]) is { } time)
            {
                return time.Start;
            }
        }

        return null;
    }

    private const int LongestOpening = 200;

    // Built once: a literal list of characters is a new array on every call.
    private static readonly char[] ClauseEnds = [',', ';', '.', '，', '；', '。'];

    // The words of the clause that ends at `end`: after the last comma, semicolon, full stop or `and` before it.
    private static string Clause(string text, int end)
    {
        var before = text[..end];
        var from = Math.Max(before.LastIndexOfAny(ClauseEnds), before.LastIndexOf(" and ", StringComparison.OrdinalIgnoreCase));
        return before[(from + 1)..];
    }

    // `晚上 8 点开始`: the word of the day's half before the hour is part of it.
    private static int WithMeridiem(string text, int at)
    {
        while (at > 0 && (char.IsWhiteSpace(text[at - 1]) || "上下中早晚傍午间凌晨".Contains(text[at - 1])))
        {
            at--;
        }

        return at;
    }

    private static bool MayStart(ReadOnlySpan<char> text) =>
        text.Contains("开始", StringComparison.Ordinal) || text.Contains("start", StringComparison.OrdinalIgnoreCase)
        || text.Contains("begin", StringComparison.OrdinalIgnoreCase) || text.Contains("kick", StringComparison.OrdinalIgnoreCase);

    // `will start at`, `starts at`, `begins at`, `kicks off at`, `starting from`, `start promptly at`, `start the meeting in
    // the conference room at`: the hour follows.
    [GeneratedRegex(@"\b(?:start|starts|starting|begin|begins|beginning|kick\s+off|kicks\s+off)\s+(?:the\s+(?:meeting|meetup|event|evening|night|session|talks?)(?:\s+[a-z]+){0,4}\s+)?(?:[a-z]+ly\s+)?(?:at|from|around)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EnglishStart();

    // `19:30 准时开始`, `晚上 8 点开始`, `于 14:00 正式开始`: the hour comes right before 开始; a recap's `2:30 分，活动正式开始`
    // puts a comma and the gathering between them.
    [GeneratedRegex(@"(?:\d{1,2}\s*[:：]\s*\d\d|\d{1,2}\s*点(?:半|\d+分?)?)\s*(?:分|整)?\s*(?:[，,]\s*[^，。,；！]{0,10}?活动)?\s*(?:准时|正式)?开始")]
    private static partial Regex ChineseStart();
}
