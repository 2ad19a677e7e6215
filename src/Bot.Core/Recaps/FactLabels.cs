using Bot.Core.Recaps.Dates;

namespace Bot.Core.Recaps;

/// <summary>The labels (folded keys) of the event's own facts: its time, place, form and links. A line may write two of
/// them (<c>时间：12 月 9 日 19:00，地点：杭州</c>); other labels (a bio's <c>主要方向：</c>) stay inside their value.</summary>
internal static class FactLabels
{
    private static readonly string[] FormLabels = ["活动形式", "形式", "模式", "form", "format"];

    /// <summary>Whether <paramref name="line"/> is a <c>label：value</c> pair whose label is one of the event's facts
    /// (<c>活动地点：某大学报告厅</c>, <c>Date: …</c>).</summary>
    public static bool StatedBy(string line) =>
        Outline.LabelReader.TrySplit(line, out var label, out _) && Is(Text.TextNormalizer.Key(label));

    public static bool Is(string key) =>
        TimeLabels.IsAny(key) || Array.IndexOf(EventBuilder.VenueLabels, key) >= 0 || Array.IndexOf(FormLabels, key) >= 0
        || LinkResolver.IsLinkLabel(key);
}
