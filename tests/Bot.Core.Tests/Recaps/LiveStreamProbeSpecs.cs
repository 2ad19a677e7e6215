using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages (Recaps/Probe/p17–p29) in the shapes of live-stream and one-talk pages that Hugo sites of
/// Chinese cloud-native communities publish: a template params map in the front matter, a bio heading naming the
/// lecturer, per-talk sub-pages of a meetup. Each spec states what a person reading the page would label.</summary>
public sealed class LiveStreamProbeSpecs
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void A_lecturer_introduction_whose_later_paragraphs_tell_the_story_names_only_the_lecturer()
    {
        var e = Event("p19-live-lecturer-long-bio.md");

        (e.Start, e.LiveUrl).Should().Be((At(2022, 3, 10, 20, 0), "http://live.bilibili.com/99887766"));
        Talks(e).Should().Equal("高并发网关的限流与熔断设计|贺明川");
    }

    [Fact]
    public void A_lecturer_introduction_with_the_name_alone_and_the_roles_on_bullets_names_one_speaker()
    {
        var e = Event("p23-live-name-then-bullets.md");

        (e.Start, e.LiveUrl).Should().Be((At(2026, 3, 12, 20, 0), "https://live.example.cn/room/556677"));
        Talks(e).Should().Equal("云原生存储公开课：CSI 插件从零到一|柏远舟");
    }

    [Fact]
    public void A_guest_bio_section_on_a_meetup_does_not_change_the_speakers_its_agenda_names()
    {
        var e = Event("p25-meetup-guest-bios.md");

        (e.Start, e.Form).Should().Be((At(2026, 1, 24, 13, 30), EventForm.Offline));
        Talks(e).Should().Equal("服务注册中心的高可用改造|鲁清扬", "用 OpenTelemetry 统一三种信号|卓一苇");
    }

    private static Event Event(string file)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Bot.Core.Tests", "Recaps", "Probe", file);
        return RecapParser.Parse(File.ReadAllText(path), file).Event ?? throw new InvalidOperationException($"{file} was not read as an event");
    }

    private static IEnumerable<string> Talks(Event e) => e.Talks.Select(t => $"{t.Title}|{string.Join(',', t.Speakers.Select(s => s.Name))}");

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, China);
}
