using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps.Dates;

/// <summary>The dates of each line of a page, scanned at most once: the programme, the prose date and the clock
/// time of that date all read the same lines, and a line without a digit is not scanned at all.</summary>
internal sealed class LineDates(IReadOnlyList<PageLine> lines)
{
    private readonly IReadOnlyList<DateTimeText>?[] _own = new IReadOnlyList<DateTimeText>?[lines.Count];
    // Only the prose date reads lines with their continuation, on pages where no label dates them: made on first use.
    private IReadOnlyList<DateTimeText>?[]? _startingIn;

    public IReadOnlyList<PageLine> Lines => lines;

    /// <summary>The dates line <paramref name="index"/> writes by itself.</summary>
    public IReadOnlyList<DateTimeText> Of(int index) =>
        _own[index] ??= Dates(lines[index].Text);

    // A deadline's date (`报名将在 12 月 18 日 18:00 结束`) is none of the event's: its sentence is left out.
    private static IReadOnlyList<DateTimeText> Dates(string text)
    {
        var all = DateTimeScanner.All(text);
        return all.Count > 0 && Deadline.Says(text) ? Deadline.DatesOutside(text) : all;
    }

    /// <summary>The dates that start in line <paramref name="index"/> read with the next line of its paragraph, which
    /// the author's editor may have wrapped inside a date (<c>from December</c> / <c>10th through the 13th</c>); those
    /// the next line holds by itself are that line's.</summary>
    public IReadOnlyList<DateTimeText> StartingIn(int index) =>
        (_startingIn ??= new IReadOnlyList<DateTimeText>?[lines.Count])[index] ??= ReadStartingIn(index);

    /// <summary>Whether line <paramref name="index"/>, with its continuation, writes a four-digit year.</summary>
    public bool HasYearDigits(int index) =>
        HasYear(lines[index].Text) || (Continues(index) && HasYear(lines[index + 1].Text));

    private bool Continues(int index) =>
        index + 1 < lines.Count && lines[index + 1] is { StartsBlock: false, StartsItem: false } && !lines[index].InSummary;

    private IReadOnlyList<DateTimeText> ReadStartingIn(int index)
    {
        if (!Continues(index))
        {
            return Of(index);
        }

        var (line, next) = (lines[index].Text, lines[index + 1].Text);
        // Joined to a line where nothing can start, the next line's dates are its own ones, which are not this line's.
        if ((!ScanText.HasDigit(line) && !ScanText.HasDigit(next)) || !DateTimeScanner.MayStartIn(line))
        {
            return [];
        }

        // So is a line without a digit that names no month, weekday or zone: the scan acts on nothing in it, and reads
        // the next line as it reads it alone (most wrapped lines of prose; this spares scanning them joined).
        if (!ScanText.HasDigit(line) && !DateTimeScanner.MayStartWithoutDigit(ScanText.Fold(line)))
        {
            return [];
        }

        // No clue of a date spans the space that joins the lines: without one in either, the joined text holds none.
        if (!DateClues.MayHoldDate(line) && !DateClues.MayHoldDate(next))
        {
            return [];
        }

        var joined = Dates($"{line} {next}");
        var own = Of(index + 1);
        if (own.Count == 0 || joined.Count == 0)
        {
            return joined;
        }

        // Each of the next line's own dates takes out one equal date of the joined text, in order.
        var left = new List<DateTimeText>(own);
        var starting = new List<DateTimeText>(joined.Count);
        for (var i = 0; i < joined.Count; i++)
        {
            if (!left.Remove(joined[i]))
            {
                starting.Add(joined[i]);
            }
        }

        return starting;
    }

    /// <summary>The year most of the page's dates that write one write (more than half of them), or null: what a page
    /// without a publish date or a dated path says its year-less dates belong to (<c>下次聚会在 2021/03/20</c>).</summary>
    public int? CommonYear()
    {
        Dictionary<int, int>? counts = null;
        var total = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!HasYear(lines[i].Text))
            {
                continue;
            }

            foreach (var date in Of(i))
            {
                if (date.Year is { } year)
                {
                    counts ??= [];
                    counts[year] = counts.GetValueOrDefault(year) + 1;
                    total++;
                }
            }
        }

        return counts?.MaxBy(c => c.Value) is { } most && most.Value * 2 > total ? most.Key : null;
    }

    private static bool HasYear(string text)
    {
        // From one 1 or 2 to the next: most of a line is neither.
        for (var i = text.AsSpan().IndexOfAny('1', '2'); i >= 0 && i + 3 < text.Length; i = NextOneOrTwo(text, i + 1))
        {
            if (char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextOneOrTwo(string text, int from) => text.AsSpan(from).IndexOfAny('1', '2') is var next and >= 0 ? from + next : -1;
}
