using Bot.Core.Events;

namespace Bot.Testing;

/// <summary>The one fixture of hand-made events for every test project, in the shapes of the corpus pages (own words,
/// not copies), all dated against <see cref="Now"/>: a test that needs "upcoming" runs its clock at <see cref="Now"/>.</summary>
internal static class SampleEvents
{
    public const string Zone = "Asia/Shanghai";
    public static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    public const string LayottoSlides = "https://example.org/slides/layotto-at-scale.pdf";
    public const string RegistrySlides = "https://example.org/slides/service-discovery-at-scale.pdf";

    public static readonly Speaker Zhou = new("周群力", ["仪式"], "蚂蚁集团", "Layotto 联合创始人，Dapr 贡献者，关注多运行时架构。");

    public static Event Meetup14 { get; } = new()
    {
        Id = "zh-sofa-meetup-14",
        Title = "SOFAMeetup 云原生专场",
        Series = "SOFAMeetup",
        Number = 14,
        Kind = EventKind.Meetup,
        Start = At(2022, 4, 1, 9, 30),
        End = At(2022, 4, 1, 12, 0),
        TimeZoneId = Zone,
        Form = EventForm.Online,
        LiveUrl = "https://example.org/live/meetup-14",
        Slides =
        [
            new SlideLink(LayottoSlides, "《在大规模集群中落地 Layotto 多运行时架构的体验》"),
            new SlideLink(RegistrySlides, "《蚂蚁服务发现的大规模实践与展望》"),
        ],
        Talks =
        [
            new Talk("社区如何助力云原生", [new Speaker("王庆", [], "英特尔")]) { Slot = new TimeSlot(new(9, 30), new(10, 0)) },
            new Talk("在大规模集群中落地 Layotto 多运行时架构的体验", [Zhou])
            {
                Slot = new TimeSlot(new(10, 0), new(10, 40)),
                Abstract = "Layotto 与 dapr 的关系，以及多运行时在集群里的落地。",
            },
            new Talk("蚂蚁服务发现的大规模实践与展望", [new Speaker("肖健", ["昱恒"], "蚂蚁集团", "SOFARegistry 负责人。")])
            {
                Slot = new TimeSlot(new(10, 40), new(11, 20)),
                Abstract = "SOFARegistry 在蚂蚁的演进：服务发现的容量、可用性与运维。",
            },
        ],
        SourceFile = "zh-sofa-meetup-14.md",
    };

    public static Event Meetup10 { get; } = new()
    {
        Id = "zh-sofa-meetup-10",
        Title = "SOFAMeetup 应用运行时专场",
        Series = "SOFAMeetup",
        Number = 10,
        Kind = EventKind.Meetup,
        Start = At(2021, 11, 6, 13, 30),
        End = At(2021, 11, 6, 17, 0),
        TimeZoneId = Zone,
        Form = EventForm.Offline,
        Venue = "杭州 · 某会议中心",
        Talks = [new Talk("Layotto 入门：面向应用的运行时", [new Speaker("周群力", ["仪式"], "蚂蚁集团")]) { SlidesUrl = "https://example.org/slides/layotto-intro.pdf" }],
        SourceFile = "zh-sofa-meetup-10.md",
    };

    public static Event Channel24 { get; } = new()
    {
        Id = "zh-sofa-channel-24",
        Title = "SOFAChannel#24：Service Mesh 流量治理",
        Series = "SOFAChannel",
        Number = 24,
        Kind = EventKind.LiveStream,
        Start = At(2021, 3, 4, 19, 0),
        TimeZoneId = Zone,
        Form = EventForm.Online,
        ReplayUrl = "https://example.org/replay/channel-24",
        Talks = [new Talk("Service Mesh traffic management in practice", [new Speaker("Alice Wang", [], "Example Corp")]) { Abstract = "How a mesh routes traffic." }],
        SourceFile = "zh-sofa-channel-24.md",
    };

    /// <summary>Two pages for one live stream (the corpus has sofa-channel-32 and sofachannel-32).</summary>
    public static Event Channel32Short { get; } = Channel24 with { Id = "zh-sofachannel-32", Title = "SOFAChannel#32", Number = 32, Start = At(2023, 2, 1, 19, 0), Talks = [], ReplayUrl = null, SourceFile = "zh-sofachannel-32.md" };

    public static Event Channel32Full { get; } = Channel32Short with { Id = "zh-sofa-channel-32", Title = "SOFAChannel#32：Layotto 的 WebAssembly 实践", Talks = [new Talk("Layotto 与 WebAssembly", [Zhou])], SourceFile = "zh-sofa-channel-32.md" };

    public static Event Upcoming { get; } = new()
    {
        Id = "zh-sofa-channel-40",
        Title = "SOFAChannel#40：未来的直播",
        Series = "SOFAChannel",
        Number = 40,
        Kind = EventKind.LiveStream,
        Start = At(2026, 12, 3, 19, 0),
        End = At(2026, 12, 3, 20, 30),
        TimeZoneId = Zone,
        Form = EventForm.Online,
        LiveUrl = "https://example.org/live/channel-40",
        Talks = [new Talk("Koupleless 模块化实践", [new Speaker("赵六", ["小六"], "蚂蚁集团")]) { Slot = new TimeSlot(new(19, 0), new(20, 0)) }],
        SourceFile = "zh-sofa-channel-40.md",
    };

    public static IReadOnlyList<Event> All => [Meetup14, Meetup10, Channel24, Channel32Short, Channel32Full, Upcoming];

    /// <summary><see cref="All"/> and ten older meetups: more than one page of /events.</summary>
    public static IReadOnlyList<Event> MoreThanAPage => [.. All, .. Enumerable.Range(1, 10).Select(i => PastMeetup(100 + i))];

    /// <summary>"Now" in the tests: 2026-11-25 12:00 UTC, before <see cref="Upcoming"/>.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, Shanghai);

    /// <summary>A one-talk live stream with a given id and time, for tests about time rather than content.</summary>
    public static Event Channel(string id, DateTimeOffset start, DateTimeOffset? end = null) => new()
    {
        Id = id,
        Title = $"SOFAChannel#{id.Length} Layotto in practice",
        Series = "SOFAChannel",
        Number = id.Length,
        Kind = EventKind.LiveStream,
        Start = start,
        End = end,
        TimeZoneId = Zone,
        Form = EventForm.Online,
        LiveUrl = "https://live.example.org/room?id=1&x=2",
        Talks = [new Talk("Runtime APIs <for> everyone", [new Speaker("周群力", ["仪式"])])],
        SourceFile = $"{id}.md",
    };

    /// <summary>An offline meetup with a given id and time.</summary>
    public static Event Meetup(string id, DateTimeOffset start) => Channel(id, start) with
    {
        Title = "SOFAMeetup Beijing",
        Series = "SOFAMeetup",
        Kind = EventKind.Meetup,
        Form = EventForm.Offline,
        LiveUrl = null,
        Venue = "Zhongguancun, Beijing",
    };

    private static Event PastMeetup(int number) => new()
    {
        Id = $"zh-sofa-meetup-{number}",
        Title = $"SOFAMeetup#{number} 服务发现专场",
        Series = "SOFAMeetup",
        Number = number,
        Kind = EventKind.Meetup,
        Start = At(2020, 1, number - 100, 14, 0),
        End = At(2020, 1, number - 100, 17, 0),
        TimeZoneId = Zone,
        Form = EventForm.Offline,
        Venue = "上海 · 某会议中心",
        Talks = [new Talk($"服务发现实践 {number}", [new Speaker($"讲师{number}", [$"花名{number}"], "蚂蚁集团")])],
        SourceFile = $"zh-sofa-meetup-{number}.md",
    };
}
