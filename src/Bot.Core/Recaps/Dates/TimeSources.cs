using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps.Dates;

/// <summary>Collects the page's time sources in the precedence of RECAP-FORMAT.md §4.4: 活动时间 or its body
/// substitutes (D9–D11), the 直播介绍 lines (D10), the description, then a dated sentence in the prose (D12).
/// 直播时间 copies are kept as secondary evidence only: they are checked, never preferred.</summary>
internal static class TimeSources
{
    private const int IntroLines = 8;

    public static (List<TimeSource> Primary, List<TimeSource> Secondary) Collect(
        IReadOnlyList<LabelledValue> labels, PageOutline outline, string? description, int descriptionLine, DateOnly? anchor)
    {
        var primary = new List<TimeSource>();
        var secondary = new List<TimeSource>();
        TimeSource? Make(string name, string? text, int line)
        {
            var found = DateTimeScanner.FindDate(text);
            return found is null ? null : new TimeSource(name, found, line, YearResolver.Resolve(found.Year, found.Month, found.Day, found.StatedWeekday, anchor));
        }

        void Add(List<TimeSource> list, TimeSource? source)
        {
            if (source is not null)
            {
                list.Add(source);
            }
        }

        foreach (var l in labels.Where(l => l.InSummary && l.Key == "活动时间"))
        {
            Add(primary, Make("活动时间", l.Value, l.Line));
        }

        Add(primary, BodySubstitute(labels, Make));
        var intro = IntroductionLines(outline);
        if (intro.Count > 0)
        {
            Add(primary, Make("直播介绍", string.Join(' ', intro.Select(l => l.Text)), intro[0].Line));
        }

        Add(primary, Make("description", description, descriptionLine));
        foreach (var l in labels.Where(l => l.Key == "直播时间"))
        {
            Add(secondary, Make("直播时间", l.Value, l.Line));
        }

        if (anchor is { } a && !primary.Exists(p => p.Date is not null))
        {
            Add(primary, Prose(outline, a));
        }

        secondary.InsertRange(0, primary.Skip(1));
        return (primary, secondary);
    }

    private static List<PageLine> IntroductionLines(PageOutline outline)
    {
        var lines = new List<PageLine>();
        foreach (var section in outline.Sections)
        {
            if (!section.Heading.Contains("直播介绍", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var line in outline.LinesIn(section))
            {
                lines.Add(line);
                if (lines.Count == IntroLines)
                {
                    return lines;
                }
            }
        }

        return lines;
    }

    // `**时间**：2021年6 月 19 日…`; `日期：…` + `时间：…`; `Date: …` + `Time: …`.
    private static TimeSource? BodySubstitute(IReadOnlyList<LabelledValue> labels, Func<string, string?, int, TimeSource?> make)
    {
        var body = labels.Where(l => !l.InSummary).ToList();
        var timeLabel = body.FirstOrDefault(l => l.Key is "活动时间" or "时间" or "time");
        if (timeLabel is not null && make(timeLabel.Label, timeLabel.Value, timeLabel.Line) is { } dated)
        {
            return dated;
        }

        var dateLabel = body.FirstOrDefault(l => l.Key is "日期" or "date");
        if (dateLabel is null || make(dateLabel.Label, dateLabel.Value, dateLabel.Line) is not { } date)
        {
            return null;
        }

        var time = timeLabel is null ? null : DateTimeScanner.FindTime(timeLabel.Value);
        return time is null ? date : date with { Text = date.Text with { Start = time.Start, End = time.End } };
    }

    // D12: the first dated sentence near the publish date (the 7th anniversary names only its day in prose).
    private static TimeSource? Prose(PageOutline outline, DateOnly anchor)
    {
        foreach (var line in outline.Lines.Where(l => !l.InSummary && l.Text.Contains('年')))
        {
            foreach (var found in DateTimeScanner.FindDates(line.Text))
            {
                if (found.Year is { } y && ScanText.IsValidDate(y, found.Month, found.Day)
                    && new DateOnly(y, found.Month, found.Day) is var date && YearResolver.InWindow(date, anchor))
                {
                    return new TimeSource("正文日期", found, line.Line, date);
                }
            }
        }

        return null;
    }
}
