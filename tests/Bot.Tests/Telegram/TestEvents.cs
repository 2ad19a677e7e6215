using Bot.Core.Events;

namespace Bot.Tests.Telegram;

/// <summary>Events in the corpus's shapes, in our own words, seeded into the real catalog of the host under test.</summary>
internal static class TestEvents
{
    public const string Zone = "Asia/Shanghai";

    public static readonly DateTimeOffset InAMonth = new(TimeProvider.System.GetUtcNow().Date.AddDays(30).AddHours(11), TimeSpan.Zero);

    public static readonly Speaker Zhou = new("周群力", ["仪式"], "蚂蚁集团", "多运行时架构的实践者。");

    /// <summary>A month after the tests run, so it is always "next" (and within what Ical.Net's zone rules cover).</summary>
    public static Event Upcoming { get; } = new()
    {
        Id = "zh-sofa-channel-99",
        Title = "SOFAChannel#99 多运行时的下一步",
        Series = "SOFAChannel",
        Number = 99,
        Kind = EventKind.LiveStream,
        Start = InAMonth,
        End = InAMonth.AddHours(1),
        TimeZoneId = Zone,
        Form = EventForm.Online,
        LiveUrl = "https://example.org/live/99",
        Talks = [new Talk("Layotto 与 <dapr> & 多运行时", [Zhou]) { SlidesUrl = "https://example.org/slides/99.pdf" }],
        SourceFile = "zh-sofa-channel-99.md",
    };

    /// <summary>The upcoming event and ten past ones, enough for /events to page.</summary>
    public static IReadOnlyList<Event> All { get; } = [Upcoming, .. Enumerable.Range(1, 10).Select(Past)];

    private static Event Past(int number) => new()
    {
        Id = $"zh-sofa-meetup-{number}",
        Title = $"SOFAMeetup#{number} 服务发现专场",
        Series = "SOFAMeetup",
        Number = number,
        Kind = EventKind.Meetup,
        Start = new DateTimeOffset(2020, 1, number, 14, 0, 0, TimeSpan.FromHours(8)),
        End = new DateTimeOffset(2020, 1, number, 17, 0, 0, TimeSpan.FromHours(8)),
        TimeZoneId = Zone,
        Form = EventForm.Offline,
        Venue = "上海 · 某会议中心",
        Talks = [new Talk($"服务发现实践 {number}", [new Speaker($"讲师{number}", [$"花名{number}"], "蚂蚁集团")])],
        SourceFile = $"zh-sofa-meetup-{number}.md",
    };
}
