namespace Bot.Core.Recaps;

/// <summary>What a page is. Only <see cref="Event"/> pages are ever served as events.</summary>
public enum PageKind
{
    Event,
    /// <summary>SOFALab article co-creation call (认领列表).</summary>
    LabCall,
    /// <summary>开源之夏 / Open Source Promotion Plan student-project announcement.</summary>
    OpenSourceSummer,
    /// <summary>A contest such as a PR challenge (挑战赛).</summary>
    Challenge,
    /// <summary>A page marked <c>draft: true</c>: not published, so not served.</summary>
    Draft,
    /// <summary>A call for papers, proposals or speakers (征稿): a deadline, not an event.</summary>
    CallForPapers,
    /// <summary>A release note.</summary>
    ReleaseNote,
    /// <summary>A weekly report, newsletter, chat digest or chronicle of many events.</summary>
    Report,
    /// <summary>The verbatim transcript (文字版) of a session.</summary>
    Transcript,
    /// <summary>Anything else that is not an event, or a page that could not be read.</summary>
    Other,
}
