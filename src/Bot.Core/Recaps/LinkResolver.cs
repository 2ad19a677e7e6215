using System.Collections.Frozen;
using Bot.Core.Events;
using Bot.Core.Recaps.Outline;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>Picks live, replay, registration and slide links (docs/PAGE-FORMAT.md §7, §8, §10): 概要 links win over
/// body copies (which are often pasted from an earlier episode); recap articles are not replays; placeholders
/// such as <c>待直播后更新</c> are "nothing yet".</summary>
internal static partial class LinkResolver
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] SiteSeparators = ['-', '|', '｜', '(', ')', '（', '）', '—', '–'];

    // Where a stream is watched, named by its platform (`B 站直播间`, `视频号直播`, `Live on YouTube`); declared before
    // the label set built from it, as static fields initialise in order.
    private static readonly string[] StreamPlatforms = ["b站", "bilibili", "哔哩哔哩", "视频号", "微信视频号", "抖音", "youtube", "twitch"];

    // Each role in the words of many communities (keys folded by TextNormalizer.Key), SOFAStack's first.
    private static readonly FrozenSet<string> LiveLabels = FrozenSet.ToFrozenSet<string>(
    [
        "b站直播间地址", "直播间地址", "直播地址", "直播间", "直播链接", "观看地址", "liveroom", "live", "直播报名", "直播预约",
        "分享平台", "直播平台", "预约直播", "观看直播", "直播入口", "参与方式", "参会方式", "会议链接", "线上地址", "在线地址", "分享地址",
        "线上直播", "直播", "会议地址", "livestream", "live stream", "livestreamurl", "watchlive", "join", "joinonline", "zoom",
        "观看链接", "参会链接", "入会链接", "参会地址", "直播观看", "直播观看地址", "直播观看链接", "livestreaming", "线上直播间", "在线直播", "直播间链接", "腾讯会议", "腾讯会议链接", "zoom链接", "zoomlink",
        "线上参与", "在线参与", "线上参加", "线上观看", "在线观看", "线上", "在线", "online", "onlineat", "与会链接", "与会地址", "入会地址",
        "飞书会议", "飞书会议链接", "钉钉会议", "钉钉会议链接", "加入会议", "入会方式", "会议入口", "参会入口",
        "platform", "meetinglink", "meetinglinks", "conferencelink", "conferencelinks", "webinarlink", "joinlink", "calllink", "videocall", "videocalllink", "meetingurl", "joinurl", "stream", "streaming", "streamlink", "watchonline", "wheretowatch",
        .. OnPlatforms(),
    ], StringComparer.Ordinal);

    private static IEnumerable<string> OnPlatforms()
    {
        foreach (var platform in StreamPlatforms)
        {
            foreach (var key in (string[])[platform + "直播", platform + "直播间", platform + "直播地址", platform + "直播链接", "liveon" + platform, "streamingon" + platform, "watchliveon" + platform, "livestreamon" + platform])
            {
                yield return key;
            }
        }
    }

    private static readonly FrozenSet<string> RegistrationLabels = FrozenSet.ToFrozenSet<string>(
    [
        "报名方式", "活动报名", "报名地址", "报名链接", "注册地址", "registerhere", "register", "registration",
        "报名", "活动链接", "活动介绍", "报名入口", "rsvp", "signup", "tickets", "registernow", "立即注册", "立即报名", "马上报名", "点击报名",
        "registernowforfree", "registerforfree", "registertoday", "signupnow", "signuptoday", "signupforfree", "免费报名",
        "registrationpage", "registrationform", "registrationlink", "ticketpage", "ticketspage", "gettickets", "getyourticket", "getyourtickets", "buytickets",
        // Booking a seat (`快速预约：`, `免费预约：`) is signing up in the words of pages whose event is a stream.
        "预约", "快速预约", "立即预约", "免费预约", "预约地址", "预约链接",
    ], StringComparer.Ordinal);
    private static readonly FrozenSet<string> ReplayLabels = FrozenSet.ToFrozenSet<string>(
    [
        "直播回顾", "视频回顾", "直播回看", "活动回顾", "活动视频回顾", "直播回放", "b站直播回放", "回放", "replay",
        "视频回放", "回看视频", "视频回看", "观看视频", "视频", "录像", "录播", "recording", "recordings", "video", "videos", "replays",
        "回放地址", "回放链接", "视频地址", "视频链接", "录播地址", "观看回放", "回放视频", "watchreplay", "watchtherecording", "重播", "视频重播",
        "videorecord", "videorecording", "videorecordings",
    ], StringComparer.Ordinal);
    private static readonly FrozenSet<string> SlideLabels = FrozenSet.ToFrozenSet<string>(
    [
        "资料下载", "资料地址", "slides",
        "ppt", "ppt下载", "pdf", "课件", "幻灯片", "讲稿", "分享slides", "slidedeck", "slidedecks", "deck", "会后资料", "资料",
        "讲义", "讲义下载", "课件下载", "幻灯片下载", "资料获取", "演示文稿", "pptx", "slides下载", "slidesdownload", "downloadslides",
        "presentation", "presentations", "material", "materials", "materialdownload", "materialdownloads", "slidedownload", "slidedownloads",
    ], StringComparer.Ordinal);

    private static readonly string[] GenericTexts = ["戳这里", "请戳这里", "点击查看", "点击观看", "点击获取", "点击链接", "点击下载资料", "这里", "here", "链接", "点击"];

    /// <summary>A label (folded key) that names a live room: <c>直播间</c>, <c>腾讯会议</c>, <c>liveonyoutube</c>.</summary>
    public static bool IsLiveLabel(string key) => LiveLabels.Contains(key);

    /// <summary>A label (folded key) of any of the event's links: live room, registration, replay or slides.</summary>
    public static bool IsLinkLabel(string key) =>
        QualifiedLabel.Names(key, LiveLabels) || QualifiedLabel.Names(key, RegistrationLabels) || IsReplayLabel(key) || IsSlideLabel(key);

    public static EventLinks Resolve(IReadOnlyList<LabelledValue> labels, PageOutline outline, EventForm form)
    {
        var online = form is EventForm.Online or EventForm.Hybrid;
        var (replay, talkReplays) = Replays(labels, outline);
        var registration = First(labels, true, IsRegistration) ?? First(labels, false, IsRegistration) ?? SectionLink(outline, "报名")
            ?? LabelledSectionLink(outline, RegistrationLabels) ?? SelfNamedLink(outline, IsRegistrationName, longest: 32)
            ?? OnlyEventListing(outline);
        string? streamSection = null;
        var live = First(labels, true, IsLive)
            ?? (online ? First(labels, true, IsRegistration) : null)
            ?? (online ? SummaryReplay(labels, liveRoomOnly: true) : null)
            ?? (online ? First(labels, false, IsLive) ?? SectionLink(outline, "直播预约") ?? SectionLink(outline, "直播间")
                ?? LabelledSectionLink(outline, LiveLabels) : null)
            // A registration in the body is the way into the stream of an online event only: a hybrid event's is for the venue.
            ?? (form == EventForm.Online ? SectionLink(outline, "报名") ?? First(labels, false, IsRegistration) ?? registration : null)
            // A venue with a section that says where to watch (`## B站直播 / Live Streaming` above its link) is streamed too.
            ?? (form is EventForm.Unknown or EventForm.Offline ? First(labels, false, IsLive) ?? LabelledSectionLink(outline, LiveLabels) : null)
            // `[预约直播](…)` under `如您不能前来参会`: a venue streamed as well.
            ?? SelfNamedLink(outline, IsLiveText, longest: 24)
            ?? LiveSentence(outline)
            ?? StreamShortcode(outline, out streamSection)
            // An online or hybrid event's one meeting room, however its link is worded (`[the invite](https://zoom.us/j/…)`).
            ?? (online ? OnlyMeetingRoom(outline) : null);
        var slides = new List<PageLink>();
        foreach (var inSummary in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var label in labels)
            {
                if (label.InSummary == inSummary && IsSlideLabel(label.Key))
                {
                    AddDecks(slides, label.Links);
                }
            }
        }

        if (slides.Count == 0)
        {
            AddDecks(slides, SectionLinks(outline, SlideLabels));
        }

        if (slides.Count == 0 && PointingSentence(outline, SlideWords) is { } deck && MayBeDeck(deck))
        {
            slides.Add(deck);
        }

        if (slides.Count == 0 && OnlyDeckFile(outline) is { } file)
        {
            slides.Add(file);
        }

        // A replay list that names the talks is theirs (SOFAStack meetups), not the event's.
        if (talkReplays.Count == 0)
        {
            // Several videos on one page are its parts or its talks, none of them the whole event's.
            replay ??= LabelledSectionLink(outline, ReplayLabels) ?? VideoShortcode.Only(outline, exceptUnder: streamSection) ?? RecordingsSentence(outline)
                ?? OnlySelfNamedLink(outline, IsReplayName);
        }
        return new EventLinks(live, replay, registration, slides, talkReplays);
    }

    private static void AddDecks(List<PageLink> slides, IReadOnlyList<PageLink> links)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (MayBeDeck(links[i]))
            {
                slides.Add(links[i]);
            }
        }
    }

    // The first replay group (a body 直播回放 list, then a replay section) naming two talks or more gives the talks'
    // replays; otherwise the summary's replay, or the first usable link of a group, is the event's.
    private static (string? Replay, IReadOnlyList<PageLink> TalkReplays) Replays(IReadOnlyList<LabelledValue> labels, PageOutline outline)
    {
        var fromSummary = SummaryReplay(labels, liveRoomOnly: false);
        foreach (var label in labels)
        {
            if (!label.InSummary && IsReplay(label) && TalkReplays(label.Links, ref fromSummary) is { } named)
            {
                return (fromSummary, named);
            }
        }

        foreach (var group in ReplaySections(outline))
        {
            if (TalkReplays(group, ref fromSummary) is { } named)
            {
                return (fromSummary, named);
            }
        }

        return (fromSummary, []);
    }

    private static List<PageLink>? TalkReplays(IReadOnlyList<PageLink> group, ref string? eventReplay)
    {
        var named = new List<PageLink>();
        string? firstUsable = null;
        foreach (var link in group)
        {
            if (IsPlaceholder(link.Text) || IsArticle(link.Text))
            {
                continue;
            }

            firstUsable ??= link.Url;
            if (!IsGeneric(link))
            {
                named.Add(link);
            }
        }

        if (named.Count >= 2 && !OneVideoOnSeveralSites(named))
        {
            return named;
        }

        eventReplay ??= firstUsable;
        return null;
    }

    // `X - YouTube`, `X - Bilibili`: one recording offered on several sites, not one per talk.
    private static bool OneVideoOnSeveralSites(List<PageLink> links)
    {
        string? first = null;
        foreach (var link in links)
        {
            var key = TextNormalizer.Key(link.Text);
            foreach (var site in VideoSites)
            {
                if (key.EndsWith(site, StringComparison.Ordinal))
                {
                    key = key[..^site.Length].TrimEnd(SiteSeparators);
                    break;
                }
            }

            first ??= key;
            if (key != first)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] VideoSites = ["youtube", "bilibili", "b站", "优酷", "腾讯视频", "vimeo", "西瓜视频"];

    private static string? SummaryReplay(IReadOnlyList<LabelledValue> labels, bool liveRoomOnly)
    {
        foreach (var label in labels)
        {
            if (!label.InSummary || !(IsReplay(label) || (label.Label.Length == 0 && IsReplayText(label.Value))))
            {
                continue;
            }

            foreach (var link in label.Links)
            {
                if (!IsPlaceholder(link.Text) && !IsArticle(link.Text)
                    && (!liveRoomOnly || link.Url.Contains("/community/live/", StringComparison.Ordinal)))
                {
                    return link.Url;
                }
            }
        }

        return null;
    }

    private static List<List<PageLink>> ReplaySections(PageOutline outline)
    {
        var groups = new List<(string Section, List<PageLink> Links)>();
        foreach (var section in outline.Sections)
        {
            if (!IsReplayHeading(section.Heading))
            {
                continue;
            }

            foreach (var line in outline.LinesIn(section))
            {
                if (!line.InSummary)
                {
                    GroupOf(groups, section.Heading).AddRange(line.Links);
                }
            }
        }

        return groups.ConvertAll(g => g.Links);
    }

    // Sections with the same heading text make one group.
    private static List<PageLink> GroupOf(List<(string Section, List<PageLink> Links)> groups, string section)
    {
        foreach (var (name, links) in groups)
        {
            if (name == section)
            {
                return links;
            }
        }

        groups.Add((section, []));
        return groups[^1].Links;
    }

    private static string? First(IReadOnlyList<LabelledValue> labels, bool inSummary, Func<LabelledValue, bool> names)
    {
        foreach (var label in labels)
        {
            if (label.InSummary != inSummary || !names(label))
            {
                continue;
            }

            foreach (var link in label.Links)
            {
                if (!IsPlaceholder(link.Text))
                {
                    return link.Url;
                }
            }
        }

        return null;
    }

    private static string? SectionLink(PageOutline outline, string headingWord)
    {
        foreach (var section in outline.Sections)
        {
            if (!section.Heading.Contains(headingWord, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var line in outline.LinesIn(section))
            {
                for (var i = 0; !line.InSummary && i < line.Links.Count; i++)
                {
                    if (IsPlainLink(line.Links[i]))
                    {
                        return line.Links[i].Url;
                    }
                }
            }
        }

        return null;
    }

    private static bool Names(LabelledValue value, FrozenSet<string> labels) => value.IsOneOf(labels) || QualifiedLabel.Names(value.Key, labels);

    private static bool IsLive(LabelledValue value) => Names(value, LiveLabels) || NamedLiveRoom(value.Key);

    private static bool IsRegistration(LabelledValue value) => Names(value, RegistrationLabels);

    // A label that ends with 直播间 names a live room whatever name comes before it (`某某 Live 直播间`), as one that ends
    // with 回放 names a recording.
    private static bool NamedLiveRoom(string key) => key.Length > 3 && key.EndsWith("直播间", StringComparison.Ordinal);

    private static bool IsReplay(LabelledValue value) => value.IsOneOf(ReplayLabels) || IsReplayLabel(value.Key);

    private static bool IsSlideLabel(string key) => QualifiedLabel.Names(key, SlideLabels);

    // A label that ends with 回放 or 重播 names a recording whatever comes before (`精彩回放`, `在某平台观看视频重播`).
    private static bool IsReplayLabel(string key) =>
        QualifiedLabel.Names(key, ReplayLabels) || key.EndsWith("回放", StringComparison.Ordinal) || key.EndsWith("重播", StringComparison.Ordinal);

    // `## 分享平台` / `## 观看视频` / `### Recordings` with the link below.
    // `## Live Stream` above `{{< youtubeLite id="…" >}}`: the video a live heading embeds is where the stream is watched.
    private static string? StreamShortcode(PageOutline outline, out string? section)
    {
        foreach (var heading in outline.Sections)
        {
            if (!IsLabelHeading(outline, heading, LiveLabels))
            {
                continue;
            }

            foreach (var line in outline.LinesIn(heading))
            {
                foreach (var url in VideoShortcode.In(line.Text))
                {
                    section = line.Section;
                    return url;
                }
            }
        }

        section = null;
        return null;
    }

    private static string? LabelledSectionLink(PageOutline outline, FrozenSet<string> names) => SectionLinks(outline, names).FirstOrDefault()?.Url;

    private static List<PageLink> SectionLinks(PageOutline outline, FrozenSet<string> names)
    {
        var links = new List<PageLink>();
        foreach (var section in outline.Sections)
        {
            if (!IsLabelHeading(outline, section, names))
            {
                continue;
            }

            foreach (var line in outline.LinesIn(section))
            {
                for (var i = 0; !line.InSummary && i < line.Links.Count; i++)
                {
                    if (IsPlainLink(line.Links[i]))
                    {
                        links.Add(line.Links[i]);
                    }
                }
            }

            if (links.Count > 0)
            {
                return links;
            }
        }

        return links;
    }

    // `## 直播地址`; `## B站直播（随缘） / Live Streaming`, `## Live Streaming (first half)`: a label in two languages or
    // with a remark in brackets. Label headings are short; the length test spares a key for every long title heading.
    private static bool IsLabelHeading(PageOutline outline, SectionLines section, FrozenSet<string> names)
    {
        var heading = section.Heading;
        if (heading.Length <= 16 && names.Contains(outline.KeyOf(section).TrimEnd(Marks.Colons)))
        {
            return true;
        }

        if (heading.Length > 48 || heading.AsSpan().IndexOfAny("(（/") < 0)
        {
            return false;
        }

        foreach (var part in heading.Split('/'))
        {
            var open = part.AsSpan().IndexOfAny('(', '（');
            var label = (open >= 0 ? part[..open] : part).Trim();
            if (label.Length is > 0 and <= 16 && names.Contains(TextNormalizer.Key(label).TrimEnd(Marks.Colons)))
            {
                return true;
            }
        }

        return false;
    }

    // 视频回顾 / 直播回顾 / 回放 / 回看 name a video; a bare 回顾 (现场回顾, 活动回顾) is a photo album or a recap.
    private static bool IsReplayText(string text) =>
        (text.Contains("视频回顾", StringComparison.Ordinal) || text.Contains("直播回顾", StringComparison.Ordinal)
            || text.Contains("回放", StringComparison.Ordinal) || text.Contains("回看", StringComparison.Ordinal))
        && !IsArticle(text);

    private static bool IsReplayHeading(string heading) =>
        heading.Length <= 16 && !heading.Contains('《') && IsReplayText(heading);

    // Under a slides label, `观众笔记`, `现场照片` or an article are the other material of the day, not a deck.
    private static readonly WordSet NotDeckWords = new("笔记", "照片", "相册", "photos", "album", "notes");

    private static bool MayBeDeck(PageLink link) =>
        !IsPlaceholder(link.Text) && !IsImage(link.Url) && !IsArticle(link.Text) && !NotDeckWords.In(link.Text) && !IsAddress(link.Url);

    // `please [let me know](mailto:…) if you have a talk`: a mail address or a phone number is a way to reach someone.
    private static bool IsAddress(string url) =>
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    // A link that stands for something: not a placeholder for a later one, not an image (a QR code).
    private static bool IsPlainLink(PageLink link) => !IsPlaceholder(link.Text) && !IsImage(link.Url);

    private static bool IsArticle(string text) => text.Contains("文章", StringComparison.Ordinal) || text.Contains("推荐阅读", StringComparison.Ordinal);

    public static bool IsPlaceholder(string text) =>
        text.Contains("待直播后更新", StringComparison.Ordinal) || text.Contains("待更新", StringComparison.Ordinal) || text.Contains("敬请期待", StringComparison.Ordinal);

    private static bool IsGeneric(PageLink link)
    {
        var key = TextNormalizer.Key(link.Text);
        return key.Length == 0 || key.StartsWith("http", StringComparison.Ordinal) || Array.IndexOf(GenericTexts, key) >= 0;
    }

    private static readonly string[] DeckExtensions = [".pdf", ".ppt", ".pptx", ".key"];
    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp"];

    /// <summary>Whether a link is a deck file (<c>.pdf</c>, <c>.ppt</c>, <c>.pptx</c>, <c>.key</c>).</summary>
    internal static bool IsDeckFile(string url) => PathEndsWithAny(url, DeckExtensions);

    private static bool IsImage(string url) => PathEndsWithAny(url, ImageExtensions);

    // The file type of a link is its path's, before any query or fragment.
    private static bool PathEndsWithAny(string url, string[] extensions)
    {
        var end = url.AsSpan().IndexOfAny('?', '#');
        var path = end < 0 ? url.AsSpan() : url.AsSpan(0, end);
        foreach (var extension in extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
