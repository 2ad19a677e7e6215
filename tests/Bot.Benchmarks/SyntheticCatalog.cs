using Bot.Core.Events;

namespace Bot.Benchmarks;

/// <summary>Catalogs of any size in the corpus's shape: numbered live streams with three talks, speakers with a
/// 花名, Chinese titles and abstracts, a distinct word per event.</summary>
internal static class SyntheticCatalog
{
    private static readonly string[] Topics = ["服务发现", "分布式事务", "服务网格", "多运行时", "模块化", "可观测性", "镜像加速", "机密计算"];

    public static IReadOnlyList<Event> Create(int count) =>
        Enumerable.Range(1, count).Select(i => new Event
        {
            Id = $"sofa-channel-{i}",
            Title = $"SOFAChannel#{i}：{Topics[i % Topics.Length]}实践 {Word(i)}",
            Series = "SOFAChannel",
            Number = i,
            Kind = EventKind.LiveStream,
            Start = new DateTimeOffset(2000, 1, 1, 19, 0, 0, TimeSpan.FromHours(8)).AddDays(i),
            TimeZoneId = "Asia/Shanghai",
            Form = EventForm.Online,
            LiveUrl = $"https://example.org/live/{i}",
            SourceFile = $"sofa-channel-{i}.md",
            Talks = Enumerable.Range(0, 3).Select(k => new Talk(
                $"{Topics[(i + k) % Topics.Length]}在大规模集群中的落地 {Word(i)}{k}",
                [new Speaker(SpeakerName(i, k), [Alias(i, k)], "蚂蚁集团", $"{SpeakerName(i, k)}，长期从事{Topics[k]}方向的研发。")])
            {
                Slot = new TimeSlot(new TimeOnly(19, 0).AddMinutes(30 * k), new TimeOnly(19, 30).AddMinutes(30 * k)),
                Abstract = $"介绍{Topics[(i + k) % Topics.Length]}的设计、演进与在生产中的经验。",
                SlidesUrl = $"https://example.org/slides/{i}-{k}.pdf",
            }).ToList(),
        }).ToList();

    public static string SpeakerName(int i, int k) => $"讲师{Chinese(i)}{k}";

    public static string Alias(int i, int k) => $"花名{Chinese(i)}{k}";

    /// <summary>A Latin word unique to the event, like a project name.</summary>
    public static string Word(int i)
    {
        var letters = new List<char>();
        for (var n = i + 1000; n > 0; n /= 26)
        {
            letters.Add((char)('a' + n % 26));
        }

        return "proj" + new string([.. letters]);
    }

    private static string Chinese(int i) => string.Concat(i.ToString().Select(d => "零一二三四五六七八九"[d - '0']));
}
