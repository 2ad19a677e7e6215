using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Recaps.Outline;
using Bot.Core.Recaps.Structured;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>Tells events from non-events in two steps. First the pages that say what they are: drafts, calls for
/// papers, release notes, reports and digests, transcripts, and the SOFAStack-style calls that are not events (SOFALab
/// 认领列表, 开源之夏 student projects, PR challenges). Then evidence (<see cref="Judge"/>): an event states a date
/// and something to attend.</summary>
internal static partial class PageClassifier
{
    private static readonly WordSet SummerMarkers = new("开源之夏", "summer 2021", "open source promotion plan", "ospp");
    private static readonly WordSet CallWords = new("call for papers", "call for proposals", "call for speakers", "call for presentations", "call for talks", "call for talk proposals", "call for session proposals", "call for submissions", "call for abstracts", "cfp", "propose", "征稿", "议题征集", "征集议题", "主题征集", "征集主题", "话题征集", "征集话题", "讲师招募");
    private static readonly WordSet ReportWords = new("周报", "月报", "周刊", "月刊", "季刊", "双周报", "weekly report", "monthly report", "newsletter", "digest", "大事记", "群讨论", "聊天记录",
        "贡献者名单", "获奖名单", "致谢名单", "贡献者榜");
    // A look back over a year: a digest, unless the title names the gathering it is the topic of (`Rust 开发年度回顾 --
    // Westar Dev Meetup`).
    private static readonly WordSet YearReviewWords = new("year in review", "年度回顾", "年度总结", "年终总结");
    // A call for people to take a role (布道师招募, volunteers, hiring, a club's 招新): its date is a sign-up deadline. 讲师招募 is a
    // call for talks, tested before.
    // A contest runs for weeks of entries and deadlines (`开发者大赛`, `PR Challenge`, `Open source competition`).
    private static readonly WordSet ContestWords = new("挑战赛", "大赛", "竞赛", "pr challenge", "competition", "contest");
    private static readonly WordSet RecruitWords = new("招募", "招聘", "招新", "岗位", "recruiting", "recruitment", "we are hiring", "we're hiring");
    private static readonly WordSet TranscriptWords = new("文字版", "文字稿", "transcript");
    // A notice that the usual meeting does not take place (`no official meeting`, `Summer – Hiatus`, `活动取消`): its
    // date and room are the ones nobody should come to.
    private static readonly WordSet CancelWords = new("no meeting", "no official meeting", "no regular meeting", "no meetup", "hiatus", "cancelled", "canceled",
        "cancellation", "活动取消", "取消举办", "停办", "暂停举办");
    private static readonly WordSet ReleaseWords = new("release", "发布", "发版");
    // A release celebrated together is a gathering (`GNOME 3.28 Release Party`, `v2.0 发布会`), not the release's notes.
    private static readonly WordSet TalkGatheringWords = new("沙龙", "salon", "分享会", "讲座", "workshop", "工作坊", "webinar", "seminar", "研讨会", "直播",
        "开放日", "open house", "kick off", "kick-off", "kickoff", "启动会", "lightning talk");
    private static readonly WordSet GatheringWords = new("party", "meetup", "celebration", "launch event", "发布会", "派对", "聚会", "庆祝");
    private static readonly WordSet RecapWords = new("recap", "回顾", "review", "takeaways", "顺利举行", "圆满举行", "成功举办", "成功举行", "圆满落幕", "圆满结束");

    /// <summary>Whether a title marks an account of an event that took place (<c>回顾</c>, <c>Recap</c>).</summary>
    public static bool IsRecapTitle(string? title) => title is not null && TellsItTookPlace(title);

    /// <summary>Whether a sentence tells of an event that took place (<c>…在西校区成功举办</c>, <c>…在计算机楼 504 举行了本学期的第五次活动</c>).</summary>
    public static bool TellsItTookPlace(string sentence) => RecapWords.In(sentence) || HeldWords.In(sentence);

    // Said of a day gone by in a sentence; in a title (`举办了哪些活动`) they need not mark a recap, so only sentences read them.
    private static readonly WordSet HeldWords = new("举行了", "举办了", "召开了", "舉行了", "舉辦了", "took place", "was held");

    private const string LabList = "认领列表";
    private static readonly ExactWords LabListWord = new(LabList);

    [GeneratedRegex(@"(?<![\w.])v?\d+\.\d+(\.\d+)?(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    // A meeting's minutes (`First Meeting - Minutes`, `Minutes of the March meeting`, `例会纪要`) tell of it as a recap
    // does; a talk's length (`Rust in 30 minutes`) does not.
    [GeneratedRegex(@"meeting minutes|[-–—:|]\s*minutes\b|^minutes\b|\bminutes (?:of|from)\b|纪要|会议记录", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPattern();

    private static bool IsMinutes(string title) => MinutesPattern().IsMatch(title);

    /// <summary>The kind a page declares by itself, with the reason; <see cref="PageKind.Event"/> when it declares none.</summary>
    public static (PageKind Kind, string? Reason) Declared(FrontMatter frontMatter, StructuredFacts facts, PageOutline outline, IReadOnlyList<LabelledValue> labels)
    {
        var title = frontMatter.Title ?? outline.Headings.FirstOrDefault().Text ?? "";
        var meta = $"{title} {string.Join(' ', frontMatter.Categories)} {string.Join(' ', frontMatter.Tags)}";
        if (facts.Draft)
        {
            return (PageKind.Draft, "the front matter says draft: true (not published)");
        }

        if (IsLab(title, frontMatter, outline))
        {
            return (PageKind.LabCall, "a call to co-write articles (认领列表), not an event");
        }

        if (SummerMarkers.In(meta) || labels.Any(l => l.Key is "项目难度" or "项目编号"))
        {
            return (PageKind.OpenSourceSummer, "an 开源之夏 / open source promotion plan announcement, not an event");
        }

        if (CallWords.In(title))
        {
            return (PageKind.CallForPapers, $"the title '{title}' calls for talks: a deadline, not an event");
        }

        if (RecruitWords.In(title))
        {
            return (PageKind.Other, $"the title '{title}' recruits people for a role: a sign-up deadline, not an event");
        }

        if (CancelWords.In(title))
        {
            return (PageKind.Other, $"the title '{title}' says the meeting does not take place (cancelled, no meeting, on hiatus): nothing to attend");
        }

        if (TranscriptWords.In(title))
        {
            return (PageKind.Transcript, $"the title '{title}' marks a transcript of a session, not the event");
        }

        // `Lightning Talks and Year in Review`: a year looked back on at a gathering of talks is that gathering.
        if (ReportWords.In(title) || (YearReviewWords.In(title) && !TalkGatheringWords.In(title)
            && EventTraits.Kind(title, null, []) is not (Events.EventKind.Meetup or Events.EventKind.Workshop or Events.EventKind.Conference)))
        {
            return (PageKind.Report, $"the title '{title}' marks a report or digest, not an event");
        }

        // After the reports: a contest's list of winners (`获奖名单`) is a report of it. A talk night about a contest
        // (`SEUITE 沙龙：校史竞赛系统从前到后`) is a gathering all the same.
        if (ContestWords.In(title) && !TalkGatheringWords.In(title))
        {
            return (PageKind.Challenge, $"the title '{title}' announces a contest (挑战赛, 大赛, competition): weeks of entries, not an event");
        }

        if (ReleaseWords.In(title) && VersionPattern().IsMatch(title) && !GatheringWords.In(title))
        {
            return (PageKind.ReleaseNote, $"the title '{title}' marks a release note, not an event");
        }

        return (PageKind.Event, null);
    }

    /// <summary>An event states a date and something to attend: a talk, a speaker, a venue, a live room or a
    /// registration. Null when it does; otherwise what the page is instead and why. <paramref name="datedByPublication"/>:
    /// the start is only the publish date (the page states no time of its own).
    /// <paramref name="datedElsewhere"/>: the page shows its dates through a shortcode of the site's data
    /// (<see cref="Dates.DateShortcodes"/>), which declares an event as an event-date field does.
    /// <paramref name="published"/>: the publish date (front matter, else path), for telling a recap from an announcement.</summary>
    public static (PageKind Kind, string Reason)? Judge(Events.Event candidate, StructuredFacts facts, PageOutline outline, DateOnly? pageDate, bool datedByPublication, bool datedElsewhere = false, DateOnly? published = null)
    {
        if (datedElsewhere)
        {
            return null;
        }

        // A dated recap (published the day of a meetup it never dates) is still that meetup's page. A talk page (type:
        // talk) or a front-matter talk list declares sessions even when the date is left empty (a conference's
        // programme dates them elsewhere): an event without a start.
        if (candidate.Start is null && pageDate is null && !(facts.IsTalkPage && candidate.Talks.Count > 0) && facts.Talks.Count == 0)
        {
            return CallUnderHeading(outline) ?? (PageKind.Other, "no date (no time field, time label, dated sentence, publish date or dated path)");
        }

        // Dates in prose that run over weeks (a calendar of biweekly meetings, a table of past meetups) list many
        // events, none of them the page's; the longest single events read here (a conference week) last four days.
        var span = candidate.End - candidate.Start;
        var longRun = span > ListingSpan;
        if (facts.Start is null && longRun)
        {
            return (PageKind.Report, $"its dates run from {candidate.Start:yyyy-MM-dd} to {candidate.End:yyyy-MM-dd}: a list of meetings over {span!.Value.Days} days, not one event");
        }

        if (facts.Start is null && candidate.Start is { } start && EventListing.Days(outline) is { } listed && listed.Contains(DateOnly.FromDateTime(start.DateTime)))
        {
            return (PageKind.Report, $"its date is one of {listed.Count} a table lists from {listed.Min:yyyy-MM-dd} to {listed.Max:yyyy-MM-dd}: a list of events, not one event");
        }

        // A recap with a programme (its talks, or its own clock time) stands for the event; one with neither, dated
        // by its publication or by a day no later than it, is only impressions of it, unless its own words give the
        // day and the place (`10 月 26 日，某沙龙在广州某空间成功举办`): then it records where and when the event was.
        // Minutes so dated and without a timed agenda record the meeting's business, whatever talks they tell of
        // (`* Gopi started his talk on …`).
        if ((candidate.Talks.Count == 0 ? RecapWords.In(candidate.Title) || IsMinutes(candidate.Title) : IsMinutes(candidate.Title) && !candidate.HasClockTime)
            && (candidate.Start is null || datedByPublication || (!candidate.HasClockTime && candidate.Venue is null && DatedBefore(candidate.Start, published))))
        {
            var when = candidate.Start is null ? "no date of its own" : datedByPublication ? "no time of its own" : "only a day, no later than its publication";
            return (PageKind.Other, $"the title '{candidate.Title}' marks a recap that lists no talks and {when}: an account of an event, not one to attend");
        }

        // `**Present**` over who came and `**Apologies**` over who did not: the record of a meeting held, as a title
        // saying minutes is (`Ruby AU September Meeting Agenda` with both is its minutes, its action items no talks).
        if (RecordsAttendance(outline))
        {
            return (PageKind.Other, "it lists who was present and who sent apologies: the minutes of a meeting, not one to attend");
        }

        // Undated but for its publication, a page that opens by telling how the event went is its account, unless it
        // lists the talks given there (a recap with a programme stands for the event, as above).
        if (candidate.Start is null && !HasProgramme(candidate) && PastAccount.Opening(outline) is { } account)
        {
            return (PageKind.Other, $"no date of its own, and it opens with an account of an event that took place ('{account}'): a recap, not one to attend");
        }

        // A stated form (线上直播, 线下活动) announces something to attend even before the talks are known, and so does
        // a dated title that names a gathering (Meetup, 沙龙, 工作坊) whose form the page leaves unsaid; undated, such a
        // title is a post about meetups (`Our meetup playbook`), and so is one dated only by its publication.
        // An event-date field in the front matter (eventDate, start, date_end) is the page declaring an event, unless
        // its dates run for weeks (a project's start_date and end_date) and nothing else is there to attend; so is a
        // gathering's type (`type: socratic`) on a page with an hour, even its publish date's; and so is a day and hour
        // told with their zone.
        var attendable = candidate.Talks.Count > 0 || candidate.Venue is not null || candidate.LiveUrl is not null
            || candidate.RegistrationUrl is not null || candidate.Form != Events.EventForm.Unknown
            || (candidate.Kind is Events.EventKind.Meetup or Events.EventKind.Workshop && candidate.Start is not null && !datedByPublication)
            || facts.HasAttendable || (facts.Start is not null && !longRun) || (candidate.HasClockTime && !datedByPublication && OpensDoors(outline))
            || (facts.IsGatheringPage && candidate is { Start: not null, HasClockTime: true })
            || (candidate.HasClockTime && !datedByPublication && ZonedClock(outline))
            || (candidate.Start is not null && !datedByPublication && AnnouncesNext(outline));
        return attendable ? null : CallUnderHeading(outline) ?? (PageKind.Other, candidate.Start is null
            ? "no date of its own and nothing to attend (no talk, speaker, form, venue, live room or registration)"
            : "a date but nothing to attend (no talk, speaker, form, venue, live room or registration)");
    }

    // The one talk of a page that is its own title is the page, not a programme read from it.
    private static bool HasProgramme(Events.Event candidate) =>
        candidate.Talks.Count > 1 || (candidate.Talks.Count == 1 && candidate.Talks[0].Title != candidate.Title);

    // `March 28, 2024, 7 PM to 9 PM EDT. See Meetup.`: a day and hour told with the zone they are in tells people when to
    // be there; an account of a past meeting has no use for the zone.
    private static bool ZonedClock(PageOutline outline) =>
        outline.AnyLine(static text => Dates.DateTimeScanner.FindDate(text) is { Start: not null, Offset: not null } or { Start: not null, ZoneId: not null });

    private static readonly Text.WordSet NextGathering = new(
        "next meetup", "next meeting", "next event", "next session", "next gathering", "下次活动", "下一次活动", "下期活动", "下次聚会", "下一期活动");

    // `our next meetup on **25 March 2030** will be our anniversary`: a page that dates the next gathering announces it.
    private static bool AnnouncesNext(PageOutline outline) =>
        outline.AnyLine(static text => NextGathering.In(text) && Dates.DateTimeScanner.FindDate(text) is not null);

    // `Doors open at 6:30PM`, `13:30 签到`: an hour when people come in is a gathering to come to.
    private static bool OpensDoors(PageOutline outline) =>
        outline.AnyLine(static text => Dates.SignIn.In(text) && Dates.DateTimeScanner.FindTime(text) is not null);

    private static readonly TimeSpan ListingSpan = TimeSpan.FromDays(14);

    // Looked up by span: every line of every page is asked, and a string cut from each would be garbage.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentLabels = FrozenSet.ToFrozenSet(
        ["present", "attendees", "attendance", "in attendance", "出席", "出席人员", "参会人员", "与会人员"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbsentLabels = FrozenSet.ToFrozenSet(
        ["apologies", "absent", "absentees", "缺席", "缺席人员", "请假"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // A line or heading that is nothing but a label of who came and another of who did not.
    private static bool RecordsAttendance(PageOutline outline)
    {
        var (present, absent) = (false, false);
        foreach (var line in outline.LineSpan)
        {
            Note(line.Text);
        }

        foreach (var (text, _, _) in outline.Headings)
        {
            Note(text);
        }

        return present && absent;

        void Note(string text)
        {
            var label = text.AsSpan().Trim().TrimEnd(":：");
            present |= PresentLabels.Contains(label);
            absent |= AbsentLabels.Contains(label);
        }
    }

    private static bool DatedBefore(DateTimeOffset? start, DateOnly? published) =>
        start is { } s && published is { } p && DateOnly.FromDateTime(s.DateTime) <= p;

    // A page with nothing to attend whose heading calls for talks (`## Call for Proposals`, `## 议题征集`) is a call
    // for papers even when its title does not say so. (An event may well have such a section: only pages already
    // found not to be one are named this way.)
    private static (PageKind Kind, string Reason)? CallUnderHeading(PageOutline outline)
    {
        foreach (var (text, _, _) in outline.Headings)
        {
            if (CallWords.In(text))
            {
                return (PageKind.CallForPapers, $"the heading '{text}' calls for talks and the page has nothing to attend: a deadline, not an event");
            }
        }

        return null;
    }

    private static bool IsLab(string title, FrontMatter frontMatter, PageOutline outline)
    {
        if (title.StartsWith("<SOFA:", StringComparison.OrdinalIgnoreCase) && title.Contains("Lab", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var category in frontMatter.Categories)
        {
            if (category.Equals("SOFALab", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (!outline.MayHold(LabListWord))
        {
            return false;
        }

        // Every line of a page that may name the list is searched: plain loops, not a LINQ enumerator and a delegate per line.
        foreach (var (text, _, _) in outline.Headings)
        {
            if (text.Contains(LabList, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var line in outline.LineSpan)
        {
            if (line.Text.Contains(LabList, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
