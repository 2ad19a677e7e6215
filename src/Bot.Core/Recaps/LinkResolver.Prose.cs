using Bot.Core.Recaps.Outline;
using Bot.Core.Text;

namespace Bot.Core.Recaps;

/// <summary>The links the page's prose names without a label: a sentence that points to one (<c>视频回放，请访问[某站](…)</c>)
/// and a link whose text says what it is (<c>[B站视频地址](…)</c>, <c>[立即注册](…)</c>).</summary>
internal static partial class LinkResolver
{
    // `Recordings from the summit are available on the [YouTube channel](…playlist…)`: a sentence that says where the
    // recordings are, with one link to a video site; or a sentence that points to its one link (`本次活动的视频回放，
    // 请访问[某站](…)`) on any site.
    private static string? RecordingsSentence(PageOutline outline)
    {
        foreach (var line in outline.Lines)
        {
            // The words first: parsing the link's URL costs more than searching the line.
            if (line.Links.Count == 1 && !FutureStreamWords.In(line.Text)
                && (line.Text.Contains("recording", StringComparison.OrdinalIgnoreCase) || line.Text.Contains("录像", StringComparison.Ordinal)
                    || (VideoWords.In(line.Text) && line.Links[0].Text.Length <= 12 && Array.IndexOf(HereWords, TextNormalizer.Key(line.Links[0].Text)) >= 0
                        && !LiveSentenceWords.In(line.Text)))
                && IsVideoSite(line.Links[0].Url))
            {
                return line.Links[0].Url;
            }
        }

        return PointingSentence(outline, RecordingWords)?.Url;
    }

    // `活动视频[在这里](…youtube…)`, `The video is [here](…)`: a video of the event behind a link that only says where.
    private static readonly string[] HereWords = ["在这里", "这里", "点这里", "点此", "此处", "here", "clickhere", "thislink"];
    private static readonly WordSet VideoWords = new("视频", "video");

    // `Watch the livestream at [url](url).`, `will be streamed on [YouTube](…)`, `观看直播：[某站](…)`, `Join the online meetup
    // here: <…>`: a sentence about watching live or joining online that points to its one link. A stream in the past tense is a recording's.
    private static readonly WordSet LiveSentenceWords = new("watch the livestream", "watch the live stream", "livestream at", "livestream on",
        "live stream at", "live stream on", "streamed on", "streamed at", "streamed live", "watch live", "watch it live", "观看直播", "直播地址", "直播链接", "直播间",
        "join the online", "join us online", "join online", "join the call", "join the zoom", "join via zoom", "join on zoom", "join the webinar", "join the stream",
        "live streaming link", "livestream link", "live stream link", "直播连结",
        // `我们将在 [某项目的 YouTube 频道]上直播活动`: where the event is streamed, said in Chinese.
        "上直播", "进行直播", "同步直播");
    private static readonly WordSet PastStreamWords = new("was streamed", "were streamed", "recording", "recorded", "replay", "回放", "录像");

    // `The session will be streamed live to our [YouTube channel](…) and the recording will be made available afterwards`:
    // a stream still to come points to where it is watched live, whatever it promises of a recording.
    private static readonly WordSet FutureStreamWords = new("will be streamed", "will be livestreamed", "will stream", "will be broadcast", "将直播", "将进行直播", "将同步直播");

    // A sentence with several links points to the one meeting room among them (`Join the online meetup here: <zoom>. A video
    // will be released on [our YouTube channel](…)`).
    private static string? LiveSentence(PageOutline outline)
    {
        foreach (var line in outline.Lines)
        {
            if (line.Links.Count > 0 && !line.InSummary && line.Text.Length <= 300 && LiveSentenceWords.In(line.Text)
                && (!PastStreamWords.In(line.Text) || FutureStreamWords.In(line.Text))
                && (line.Links.Count == 1 ? line.Links[0] : OnlyMeetingRoom(line.Links)) is { } link
                && IsPlainLink(link) && link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                return link.Url;
            }
        }

        return null;
    }

    // `More details on the [group's event page](https://www.facebook.com/events/292371377847207/)`: the page's one link
    // to an event listing (Meetup, Facebook, Eventbrite, Luma, 活动行) is where to sign up; several are other events'.
    private static string? OnlyEventListing(PageOutline outline) =>
        OnlyLink(outline, link => link.Url.AsSpan().ContainsAny(ListingHosts) && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri)
            && IsEventListing(uri) && IsPlainLink(link))?.Url;

    // Most links are no listing: a search for the hosts' names spares parsing each into a Uri.
    private static readonly System.Buffers.SearchValues<string> ListingHosts = System.Buffers.SearchValues.Create(
        ["meetup.com", "facebook.com", "eventbrite.", "lu.ma", "luma.com", "huodongxing.com"], StringComparison.OrdinalIgnoreCase);

    private static bool IsEventListing(Uri uri)
    {
        var host = uri.Host;
        var path = uri.AbsolutePath;
        return (host.EndsWith("meetup.com", StringComparison.OrdinalIgnoreCase) && path.Contains("/events/", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(path.TrimEnd('/')[^1]))
            || (host.EndsWith("facebook.com", StringComparison.OrdinalIgnoreCase) && path.StartsWith("/events/", StringComparison.OrdinalIgnoreCase))
            || (host.Contains("eventbrite.", StringComparison.OrdinalIgnoreCase) && path.StartsWith("/e/", StringComparison.OrdinalIgnoreCase))
            || host.Equals("lu.ma", StringComparison.OrdinalIgnoreCase) || host.Equals("luma.com", StringComparison.OrdinalIgnoreCase)
            || (host.EndsWith("huodongxing.com", StringComparison.OrdinalIgnoreCase) && path.StartsWith("/event/", StringComparison.OrdinalIgnoreCase));
    }

    // The one meeting room the page's lines link to, if they link to one only.
    private static string? OnlyMeetingRoom(PageOutline outline)
    {
        string? only = null;
        foreach (var line in outline.Lines)
        {
            if (line.Links.Count > 0 && OnlyMeetingRoom(line.Links) is { } link && IsPlainLink(link))
            {
                if (only is not null && only != link.Url)
                {
                    return null;
                }

                only = link.Url;
            }
        }

        return only;
    }

    private static PageLink? OnlyMeetingRoom(IReadOnlyList<PageLink> links)
    {
        PageLink? only = null;
        foreach (var link in links)
        {
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) && IsMeetingRoom(uri))
            {
                if (only is not null && only.Url != link.Url)
                {
                    return null;
                }

                only = link;
            }
        }

        return only;
    }

    /// <summary>Whether a link opens an online meeting: Zoom, Google Meet, Teams, Jitsi, Webex, Tencent Meeting, Feishu,
    /// Whereby. A service's front page (`[Zoom](https://zoom.us/) installed`) is where to get it, not a room.</summary>
    internal static bool IsMeetingRoom(Uri uri) => uri.AbsolutePath.Length > 1 && IsMeetingHost(uri.Host);

    /// <summary>Whether a host serves online meetings (<c>zoom.us</c>, <c>meeting.tencent.com</c>).</summary>
    internal static bool IsMeetingHost(string host) =>
        host.EndsWith("zoom.us", StringComparison.OrdinalIgnoreCase) || host.Equals("meet.google.com", StringComparison.OrdinalIgnoreCase)
        || host.StartsWith("teams.", StringComparison.OrdinalIgnoreCase) || host.Equals("meet.jit.si", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith("webex.com", StringComparison.OrdinalIgnoreCase) || host.Equals("meeting.tencent.com", StringComparison.OrdinalIgnoreCase)
        || host.Equals("vc.feishu.cn", StringComparison.OrdinalIgnoreCase) || host.EndsWith("whereby.com", StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet RecordingWords = new("视频回放", "直播回放", "回放", "重播", "录像", "recording", "recordings");
    private static readonly WordSet SlideWords = new("ppt", "幻灯片", "slides", "课件", "讲义", "演示文稿", "演讲材料", "分享材料", "活动材料");

    // Words that send the reader to the line's link: `请访问`, `下载请见`, `are available at`.
    private static readonly WordSet PointingWords = new("请访问", "访问", "请见", "详见", "请移步", "请点击", "下载", "available at", "available on", "download");

    // A sentence about another time's material or one that is not given: `上期回放请访问…`, `不提供 PPT 下载`.
    private static readonly WordSet OtherMaterialWords = new("上期", "往期", "上一期", "不提供", "没有", "暂无");

    // A sentence that names the material and points to its one link, on its own line or alone on the next one
    // (`下面是本次活动的演讲材料，欢迎下载。` then the bare URL); the first such line's link.
    private static PageLink? PointingSentence(PageOutline outline, WordSet material)
    {
        var lines = outline.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var link = line.Links.Count switch
            {
                1 => line.Links[0],
                0 when i + 1 < lines.Count && lines[i + 1] is { IsLinksOnly: true, Links.Count: 1 } next => next.Links[0],
                _ => null,
            };
            if (link is not null && !line.InSummary && material.In(line.Text) && PointingWords.In(line.Text)
                && !OtherMaterialWords.In(line.Text) && IsPlainLink(link) && !IsArticle(line.Text))
            {
                return link;
            }
        }

        return null;
    }

    /// <summary>Whether a link plays a recording: YouTube, bilibili or Vimeo.</summary>
    internal static bool IsVideoSite(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.EndsWith("youtube.com", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("youtu.be", StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("bilibili.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("vimeo.com", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a link shows a place on a map (Google, Apple, Bing, OpenStreetMap, Baidu, Amap, Tencent): the way to
    /// a venue, never a room to watch in.</summary>
    internal static bool IsMapLink(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host;
        var path = uri.AbsolutePath;
        return host.StartsWith("maps.", StringComparison.OrdinalIgnoreCase) || host.StartsWith("map.", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("openstreetmap.org", StringComparison.OrdinalIgnoreCase) || host.EndsWith("amap.com", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith("/maps", StringComparison.OrdinalIgnoreCase) && (host.Contains("google.", StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("goo.gl", StringComparison.OrdinalIgnoreCase) || host.EndsWith("bing.com", StringComparison.OrdinalIgnoreCase));
    }

    // Last resort: a link that names itself, unlabelled, in a list of the page's links (`- [回放福利（开发者社区）](…)`,
    // `[查看回看](…)`, `- [预约直播（开发者社区）](…)`). Only a short text is such a name: a talk title may mention 回放.
    // A name matched whole (`Register now for free`) may be longer than one found inside a text.
    private static string? SelfNamedLink(PageOutline outline, Func<string, bool> names, int longest = 16)
    {
        foreach (var line in outline.Lines)
        {
            for (var i = 0; i < line.Links.Count; i++)
            {
                var link = line.Links[i];
                if (link.Text.Length <= longest && names(link.Text) && IsPlainLink(link))
                {
                    return link.Url;
                }
            }
        }

        return null;
    }

    // The one link of the page that names itself a replay; null when several distinct ones do (one per talk).
    private static string? OnlySelfNamedLink(PageOutline outline, Func<string, bool> names) =>
        OnlyLink(outline, link => link.Text.Length <= 16 && names(link.Text) && IsPlainLink(link))?.Url;

    // `[本次活动的PPT](…/RESTful%20API.pptx)`, `[slides](…/deck.pdf)`: the page's one link to a deck file that says it is the
    // slides, wherever it stands (an appendix table, a closing line). Several are the talks' decks, told apart elsewhere.
    private static PageLink? OnlyDeckFile(PageOutline outline) =>
        OnlyLink(outline, link => IsDeckFile(link.Url) && SlideWords.In(link.Text) && IsPlainLink(link));

    // The first of the page's links for which `matches` holds, when they all lead to one address; null when none does or
    // they lead to several.
    private static PageLink? OnlyLink(PageOutline outline, Func<PageLink, bool> matches)
    {
        PageLink? only = null;
        foreach (var line in outline.Lines)
        {
            foreach (var link in line.Links)
            {
                if (link.Url != only?.Url && matches(link))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = link;
                }
            }
        }

        return only;
    }

    // `[直播回放](…)`, and a replay label as a link's text: `[B站视频地址](…)`, `[Recording](…)`; as a label
    // `活动回顾：` may head a video, but a link that calls itself 回顾 is the recap article.
    private static bool IsReplayName(string text) =>
        IsReplayText(text) || (IsReplayLabel(TextNormalizer.Key(text)) && !text.Contains("回顾", StringComparison.Ordinal));

    // `[立即注册](…)`, `[Register now](…)`: a registration label as a link's text.
    private static bool IsRegistrationName(string text) => RegistrationLabels.Contains(TextNormalizer.Key(text));

    // `[预约直播](…)`, `[点击链接入会](…)`, `[Join the meeting](…)`: the way into a stream or an online meeting.
    private static readonly WordSet LiveTexts = new("预约直播", "观看直播", "直播间", "直播地址", "链接入会", "点击入会", "入会链接", "加入会议",
        "join the meeting", "join meeting", "meeting invite", "zoom link", "join zoom", "join the call");

    private static bool IsLiveText(string text) => LiveTexts.In(text);
}
