namespace Bot.Core.Recaps.Talks;

/// <summary>The words for the people who give a page's talks, in the words of many communities. Speaker labels
/// (<c>讲师：</c>), people headings (<c>## 嘉宾介绍</c>) and agenda columns (<c>| 分享人 |</c>) name them with the
/// same nouns, so one list serves all three. (No word opens with 活动: a line's first two characters decide whether it
/// is read as a speaker line at all, and most 活动… lines are the event's own labels.)</summary>
internal static class SpeakerWords
{
    public static readonly string[] People =
    [
        "讲师", "分享讲师", "嘉宾", "分享嘉宾", "演讲嘉宾", "主讲嘉宾", "分享人", "分享者", "讲者", "主讲", "主讲人", "主讲者",
        "演讲者", "演讲人", "报告人", "授课老师", "授课讲师", "直播嘉宾", "直播讲师", "本期嘉宾", "本期讲师", "特邀嘉宾",
        "特邀讲师", "课程讲师", "主讲老师", "分享老师", "分享导师", "speaker", "speakers", "presenter", "presenters", "instructor", "instructors", "trainer", "trainers",
        "guestspeaker", "guestspeakers", "featuredspeaker", "featuredspeakers", "圆桌嘉宾", "对话嘉宾", "panelist", "panelists",
        "panellist", "panellists", "moderator", "moderators",
    ];

    private static readonly System.Collections.Frozen.FrozenSet<string> PeopleSet = System.Collections.Frozen.FrozenSet.ToFrozenSet(People, StringComparer.Ordinal);

    /// <summary>Whether a folded label is one of the words.</summary>
    public static bool IsPeopleLabel(string key) => PeopleSet.Contains(key);
}
