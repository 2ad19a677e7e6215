using Bot.Core.Recaps.Outline;

namespace Bot.Core.Recaps.Dates;

/// <summary>Collects the page's time sources in the precedence of docs/PAGE-FORMAT.md §4.4: 活动时间 or its body
/// substitutes (in any of the label words of §13), the 直播介绍 lines, the description, then a dated sentence in the prose.
/// 直播时间 copies are kept as secondary evidence only: they are checked, never preferred.</summary>
internal static class TimeSources
{
    /// <summary>The name of a date read from a sentence of the prose rather than from a label.</summary>
    public const string ProseName = "正文日期";

    private const int IntroLines = 8;

    public static (List<TimeSource> Primary, List<TimeSource> Secondary) Collect(
        IReadOnlyList<LabelledValue> labels, PageOutline outline, LineDates dates, string? description, int descriptionLine, DateOnly? anchor, int? pathYear = null, string? title = null)
    {
        var primary = new List<TimeSource>();
        var secondary = new List<TimeSource>();
        TimeSource? Make(string name, string? text, int line)
        {
            // A weekday relative to the publish week (`下周三晚 8 点`) dates the page where no calendar date does. Folding
            // keeps every digit, so the folded text has one when the text has.
            if (anchor is null && !ScanText.HasDigit(text))
            {
                return null;
            }

            var folded = ScanText.Fold(text);
            var found = DateTimeScanner.FindDateIn(folded) ?? (anchor is { } published ? RelativeWeekday.FindIn(folded, published) : null);
            return found is null ? null : new TimeSource(name, found, line, YearResolver.Of(found, anchor, pathYear));
        }

        void Add(List<TimeSource> list, TimeSource? source)
        {
            if (source is not null)
            {
                list.Add(source);
            }
        }

        foreach (var l in labels)
        {
            if (l.InSummary && l.Key == "活动时间")
            {
                Add(primary, Make("活动时间", l.Value, l.Line));
            }
        }

        Add(primary, BodySubstitute(labels, Make) ?? TitleDated(labels, title, anchor));
        Add(primary, SectionValue(outline, Make));
        var intro = IntroductionLines(outline);
        if (intro.Count > 0)
        {
            Add(primary, Make("直播介绍", string.Join(' ', intro.Select(l => l.Text)), intro[0].Line));
        }

        Add(primary, Make("description", description, descriptionLine));
        Add(primary, TitleAtLabelledTime(Make("title", title, 1), labels));
        foreach (var l in labels)
        {
            if (Array.IndexOf(TimeLabels.LiveTime, l.Key) >= 0)
            {
                Add(secondary, Make(l.Label, l.Value, l.Line));
            }
        }

        if (!primary.Exists(p => p.Date is not null))
        {
            // Where nothing else dates the page, a live-stream time is its time.
            if (secondary.FirstOrDefault(s => s.Date is not null) is { } live)
            {
                primary.Add(live);
                secondary.Remove(live);
            }
            else
            {
                Add(primary, Prose(dates, anchor, pathYear, PageClassifier.IsRecapTitle(title)) ?? HeadingDate(outline, anchor, pathYear) ?? Tonight(outline, anchor));
            }
        }
        else if (primary.Find(p => p.Date is not null) is { Text.Start: null } dayOnly && SameDayTimed(dayOnly, dates, outline, anchor, pathYear, title) is { } timed)
        {
            // `title: April 3 Meetup` with `from 6-8 PM on Tuesday, April 3` in the prose, or a heading `### Tuesday,
            // April 3 @ 7PM`: a sentence or heading of the same day gives the hours the dated source left out.
            secondary.Add(timed);
        }

        secondary.InsertRange(0, primary.Skip(1));
        return (primary, secondary);
    }

    private static TimeSource? SameDayTimed(TimeSource dayOnly, LineDates dates, PageOutline outline, DateOnly? anchor, int? pathYear, string? title) =>
        Prose(dates, anchor, pathYear, PageClassifier.IsRecapTitle(title)) is { Text.Start: not null } prose && prose.Date == dayOnly.Date ? prose
        : HeadingDate(outline, anchor, pathYear) is { Text.Start: not null } heading && heading.Date == dayOnly.Date ? heading
        : null;

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
        var timeLabel = FirstInBody(labels, static key => key is "活动时间" or "时间" or "time") ?? FirstInBody(labels, TimeLabels.IsDateAndTime);
        var dateLabel = FirstInBody(labels, TimeLabels.IsDateOnly);
        var dated = timeLabel is null ? null : make(timeLabel.Label, timeLabel.Value, timeLabel.Line);
        if (dated is null && timeLabel is not null && FirstInBody(labels, TimeLabels.IsDateAndTime) is { } other && !ReferenceEquals(other, timeLabel))
        {
            // `**时间：** 13:30-14:30` under a talk, above it `**会议日期/时间**：2018 年 10 月 12 日，1:30 – 16:50`: the
            // label that dates the page is the event's.
            (timeLabel, dated) = (other, make(other.Label, other.Value, other.Line));
        }

        if (timeLabel is not null && dated is not null)
        {
            // `开始时间：2014-12-27 13:00` with `结束时间：2014-12-27 18:00`: the end label closes the range the start opened.
            if (dated.Text is { End: null, EndDate: null } && FirstInBody(labels, TimeLabels.IsEndOnly)
                is { } endLabel && make(timeLabel.Label, $"{timeLabel.Value} - {endLabel.Value}", timeLabel.Line) is { Text.End: not null } closed)
            {
                dated = closed;
            }

            // `Dates: September 7-9` above `Time: September 8, 09:12`: the range of whole days written first is the
            // event's, the later timed label one session's within it.
            return dateLabel is not null && dateLabel.Line < timeLabel.Line && make(dateLabel.Label, dateLabel.Value, dateLabel.Line) is
                { Text: { Start: null, EndDate: not null }, Date: { } first } days && dated.Date >= first
                ? days
                : dated;
        }

        if (dateLabel is null || make(dateLabel.Label, dateLabel.Value, dateLabel.Line) is not { } date)
        {
            return null;
        }

        return timeLabel is not null && DateTimeScanner.AtTimeOf(date.Text, timeLabel.Value) is { } timed ? date with { Text = timed } : date;
    }

    // `2016/05/19 Hacking Thursday` with `时间：19：00~22：00` in the body: the title's date at the time label's hours.
    private static TimeSource? TitleAtLabelledTime(TimeSource? titled, IReadOnlyList<LabelledValue> labels) =>
        titled is { Text.Start: null } && FirstInBody(labels, TimeLabels.IsDateAndTime) is { } timeLabel
            && AtLabelledHours(titled.Text, timeLabel, labels) is { } timed
            ? titled with { Text = timed }
            : titled;

    // `【12.19 杭州】…` with `时间：周六下午 13:30-17:30`: the title's day at the time label's hours.
    private static TimeSource? TitleDated(IReadOnlyList<LabelledValue> labels, string? title, DateOnly? anchor)
    {
        var timeLabel = FirstInBody(labels, TimeLabels.IsDateAndTime);
        if (timeLabel is null || TitleDay.Of(title, timeLabel.Value, anchor) is not { } day)
        {
            return null;
        }

        var text = new DateTimeText(day.Year, day.Month, day.Day, day.DayOfWeek, null, null);
        return new TimeSource(timeLabel.Label, AtLabelledHours(text, timeLabel, labels) ?? text, timeLabel.Line, day);
    }

    // The day at the time label's hours; `- **Start:** 7:00PM` with `- **End:** 9:00PM`: the end label closes the
    // range, as it does under a dated label.
    private static DateTimeText? AtLabelledHours(DateTimeText day, LabelledValue timeLabel, IReadOnlyList<LabelledValue> labels)
    {
        var timed = DateTimeScanner.AtTimeOf(day, timeLabel.Value);
        return timed is { End: null } && FirstInBody(labels, TimeLabels.IsEndOnly) is { } endLabel
            && DateTimeScanner.AtTimeOf(day, $"{timeLabel.Value} - {endLabel.Value}") is { End: not null } closed
            ? closed
            : timed;
    }

    private static LabelledValue? FirstInBody(IReadOnlyList<LabelledValue> labels, Func<string, bool> isKey)
    {
        foreach (var label in labels)
        {
            if (!label.InSummary && isKey(label.Key))
            {
                return label;
            }
        }

        return null;
    }

    // `## 分享时间` with the time on the line below.
    private static TimeSource? SectionValue(PageOutline outline, Func<string, string?, int, TimeSource?> make)
    {
        foreach (var (heading, first, next) in outline.FirstLinesUnder(TimeLabels.IsAny))
        {
            if (make(heading, first.Text, first.Line) is { } dated)
            {
                // `* 25th March (Saturday)` above `* 3:00pm to 6:00pm`: the section's next line gives that day its hours.
                return dated.Text.Start is null && next is not null && make(heading, $"{first.Text} {next.Text}", first.Line) is { Text.Start: not null } timed
                    && timed.Date == dated.Date ? timed : dated;
            }
        }

        return null;
    }

    // The first dated sentence near the publish date (the 7th anniversary names only its day in prose); a date
    // with its year first, then one the publish date gives a year to. A recap (`感谢大家参加 11 月 14 日的 Meetup`)
    // may be published weeks after its day.
    private static TimeSource? Prose(LineDates dates, DateOnly? anchor, int? pathYear, bool recap)
    {
        foreach (var withYear in (ReadOnlySpan<bool>)[true, false])
        {
            for (var index = 0; index < dates.Lines.Count; index++)
            {
                var line = dates.Lines[index];
                if (line.InSummary || (withYear && !dates.HasYearDigits(index)))
                {
                    continue;
                }

                foreach (var found in dates.StartingIn(index))
                {
                    if ((found.Year is not null) != withYear)
                    {
                        continue;
                    }

                    var date = YearResolver.Of(found, anchor, pathYear);
                    // `2018 年 9 月 15 日下午，…活动在西校区成功举办`: a line that tells the day it took place is a recap's too.
                    if (date is { } d && (anchor is not { } a || (recap || PageClassifier.TellsItTookPlace(line.Text) ? YearResolver.InRecapWindow(d, a) : YearResolver.InWindow(d, a))))
                    {
                        // The lead often names the day and the closing line its hour: `10 月 23 日…` … `10 月 23 日（周六）14:00`.
                        return found.Start is null && SameDayWithClock(dates, index, found) is { } timed
                            ? new TimeSource(ProseName, timed.Text, timed.Line, d)
                            : new TimeSource(ProseName, found, line.Line, d);
                    }
                }
            }
        }

        return null;
    }

    private static readonly string[] TonightWords = ["tonight", "Tonight"];

    // `Tonight we'll be meeting at ATL BitLab`: a page that dates nothing else was published the day of its gathering,
    // and says so; the hours after the word are the evening's. (`今晚 00:00 开售` dates sales as often as gatherings.)
    private static TimeSource? Tonight(PageOutline outline, DateOnly? anchor)
    {
        if (anchor is not { } published)
        {
            return null;
        }

        foreach (var line in outline.LineSpan)
        {
            if (line.InSummary)
            {
                continue;
            }

            var folded = ScanText.Fold(line.Text);
            foreach (var word in TonightWords)
            {
                var at = folded.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && (at == 0 || !char.IsAsciiLetter(folded[at - 1])))
                {
                    return new TimeSource(ProseName, DateTimeScanner.TailOf(folded, at + word.Length, published), line.Line, published);
                }
            }
        }

        return null;
    }

    // `## Day 1 — Saturday, January 16, 2027`: a programme whose days are its headings; the first dated one near the
    // publish date.
    private static TimeSource? HeadingDate(PageOutline outline, DateOnly? anchor, int? pathYear)
    {
        foreach (var (text, _, line) in outline.Headings)
        {
            if (DatedHeading(text, anchor, pathYear) is var (found, date))
            {
                return new TimeSource(ProseName, found, line, date);
            }
        }

        return null;
    }

    /// <summary>The date a heading writes (<c>## Day 1 — Saturday, January 16, 2027</c>) when it lies near the publish date.</summary>
    internal static (DateTimeText Text, DateOnly Date)? DatedHeading(string heading, DateOnly? anchor, int? pathYear) =>
        ScanText.HasDigit(heading) && DateClues.MayHoldDate(heading) && DateTimeScanner.FindDateIn(ScanText.Fold(heading)) is { } found
        && YearResolver.Near(found, anchor, pathYear) is { } date
            ? (found, date)
            : null;

    private static (DateTimeText Text, int Line)? SameDayWithClock(LineDates dates, int after, DateTimeText day)
    {
        for (var index = after; index < dates.Lines.Count; index++)
        {
            if (dates.Lines[index].InSummary)
            {
                continue;
            }

            foreach (var found in dates.Of(index))
            {
                if (found.Start is not null && found.Month == day.Month && found.Day == day.Day && (found.Year ?? day.Year) == (day.Year ?? found.Year))
                {
                    return (found, dates.Lines[index].Line);
                }
            }
        }

        return null;
    }
}
