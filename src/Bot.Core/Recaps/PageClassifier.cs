using Bot.Core.Recaps.Dates;
using Bot.Core.Recaps.Outline;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>Tells events from non-events (RECAP-FORMAT.md §1): the negative signals first (SOFALab calls,
/// 开源之夏 announcements, PR challenges), then the rule that scored 69/69: a <c>活动形式</c> label, or a date
/// together with a speaker marker.</summary>
internal static class PageClassifier
{
    private static readonly string[] SpeakerMarkers =
        ["嘉宾简介", "嘉宾介绍", "讲师", "分享嘉宾", "分享人", "议题简介", "主持人", " by ", "「嘉宾简介」"];

    private static readonly string[] SummerMarkers = ["开源之夏", "summer 2021", "open source promotion plan", "ospp"];

    public static PageKind Classify(FrontMatter frontMatter, PageOutline outline, IReadOnlyList<LabelledValue> labels)
    {
        var title = frontMatter.Title ?? "";
        var meta = $"{title} {string.Join(' ', frontMatter.Categories)} {string.Join(' ', frontMatter.Tags)}";
        if (IsLab(title, frontMatter, outline))
        {
            return PageKind.LabCall;
        }

        if (Array.Exists(SummerMarkers, meta.ContainsWord)
            || labels.Any(l => l.Key is "项目难度" or "项目编号"))
        {
            return PageKind.OpenSourceSummer;
        }

        if (title.Contains("挑战赛", StringComparison.Ordinal) || title.Contains("PR Challenge", StringComparison.OrdinalIgnoreCase))
        {
            return PageKind.Challenge;
        }

        if (labels.Any(l => l.Key == "活动形式"))
        {
            return PageKind.Event;
        }

        return HasDate(outline) && HasSpeakerMarker(outline) ? PageKind.Event : PageKind.Other;
    }

    private static bool IsLab(string title, FrontMatter frontMatter, PageOutline outline) =>
        (title.StartsWith("<SOFA:", StringComparison.OrdinalIgnoreCase) && title.Contains("Lab", StringComparison.OrdinalIgnoreCase))
        || frontMatter.Categories.Any(c => c.Equals("SOFALab", StringComparison.OrdinalIgnoreCase))
        || outline.Headings.Any(h => h.Text.Contains("认领列表", StringComparison.Ordinal))
        || outline.Lines.Any(l => l.Text.Contains("认领列表", StringComparison.Ordinal));

    private static bool HasDate(PageOutline outline) =>
        outline.Lines.Any(l => l.Text.Contains('月') || l.Text.Contains("Date", StringComparison.Ordinal)
            ? DateTimeScanner.FindDate(l.Text) is not null
            : false);

    private static bool HasSpeakerMarker(PageOutline outline) =>
        outline.Headings.Any(h => TextNormalizer.Clean(h.Text).TrimStart('|', ' ').StartsWith("嘉宾", StringComparison.Ordinal))
        || outline.Lines.Any(l => Array.Exists(SpeakerMarkers, m => l.Text.Contains(m, StringComparison.Ordinal)));
}
