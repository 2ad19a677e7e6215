using Bot.Core.Events;
using Bot.Core.Recaps;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>The probe pages (Recaps/Probe/*.md): event pages of invented communities in shapes the development corpus
/// lacks, written for these specs. Each spec states what a person reading the page would label.</summary>
public sealed class ProbePageSpecs
{
    [Fact]
    public void An_English_meetup_with_a_date_line_and_a_timed_bullet_agenda()
    {
        var e = Event("p01-en-date-line.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 3, 7, 14, 0, China), At(2026, 3, 7, 17, 0, China), EventForm.Offline));
        TalkLines(e).Should().Equal(
            "Cancel-safe futures in production|Mira Okafor", "Tracing async stacks without tears|Daniel Weng",
            "Building a tiny runtime for embedded boards|Lucía Herrera");
    }

    [Fact]
    public void A_Chinese_salon_with_a_12_hour_time_line_and_a_timed_bullet_agenda()
    {
        var e = Event("p02-zh-time-line.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 3, 7, 14, 0, China), At(2026, 3, 7, 17, 0, China), EventForm.Offline));
        TalkLines(e).Should().Equal("从日志到链路：一次可观测性改造|罗一帆", "eBPF 在网络诊断中的实践|苏晓岚", "指标基数治理的经验|韩墨");
    }

    [Fact]
    public void Bold_when_and_where_labels_and_a_speakers_list_naming_the_person_first()
    {
        var e = Event("p03-when-where.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be((At(2026, 3, 19, 18, 30, TimeSpan.FromHours(1)), At(2026, 3, 19, 21, 0, TimeSpan.FromHours(1)), EventForm.Offline, null));
        TalkLines(e).Should().Equal("Cheap and cheerful autoscaling|Femke de Graaf", "Spot nodes that do not bite|Tomasz Nowicki");
    }

    [Fact]
    public void An_agenda_table_with_English_headers_without_its_registration_and_lunch_rows()
    {
        var e = Event("p04-table-en.md");

        e.End!.Value.TimeOfDay.Should().Be(new TimeSpan(13, 15, 0));
        TalkLines(e).Should().Equal(
            "Streaming joins, explained|Priya Raman", "Columnar files on object storage|Ben Achterberg", "Testing data pipelines like code|Hana Sato");
    }

    [Fact]
    public void An_event_date_field_beside_publish_and_lastmod_dates_and_a_numbered_talk_list()
    {
        var e = Event("p05-fm-event-date.md");

        e.Start.Should().Be(At(2026, 4, 9, 19, 0, TimeSpan.FromHours(2)));
        TalkLines(e).Should().Equal("Generics one year later|Jonas Lindqvist", "Profiling allocations in hot loops|Ada Brennan");
    }

    [Fact]
    public void A_workshop_dated_by_startDate_and_endDate_is_one_session_named_by_its_title()
    {
        var e = Event("p06-fm-startdate.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 4, 22, 18, 0, TimeSpan.FromHours(-4)), At(2026, 4, 22, 20, 30, TimeSpan.FromHours(-4)), EventForm.Offline));
        TalkLines(e).Should().Equal("Ember Frontend Circle: Signals Workshop|Olivia Marchetti");
    }

    [Fact]
    public void A_Chinese_livestream_with_a_bare_url_after_its_live_label()
    {
        var e = Event("p07-live-bare.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be((At(2026, 3, 26, 19, 30, China), At(2026, 3, 26, 20, 30, China), EventForm.Online, "https://live.example.cn/room/881234"));
        e.Talks.Single().Speakers.Select(s => s.Name).Should().Equal("周知远");
    }

    [Fact]
    public void An_English_livestream_with_a_bare_url_after_Live_and_a_daylight_saving_zone()
    {
        var e = Event("p08-live-en.md");

        (e.Start, e.Form, e.LiveUrl).Should().Be((At(2026, 3, 31, 10, 0, TimeSpan.FromHours(-7)), EventForm.Online, "https://www.youtube.com/watch?v=abcdEFGH123"));
        TalkLines(e).Should().Equal("Fernwood Observability Livestream: Sampling Strategies|Karim Haddad");
    }

    [Fact]
    public void A_past_talk_with_its_replay_and_its_slides()
    {
        var e = Event("p09-replay.md");

        (e.Start, e.End, e.ReplayUrl).Should().Be((At(2026, 1, 14, 20, 0, China), At(2026, 1, 14, 21, 0, China), "https://www.bilibili.com/video/BV1ab4y1X7zz"));
        e.Talks.Single().SlidesUrl.Should().Be("https://example.org/orchard/sre-4/slides.pdf");
    }

    [Fact]
    public void A_meetup_whose_slides_are_one_archive_for_the_whole_event()
    {
        var e = Event("p10-zip-slides.md");

        e.SlidesUrl.Should().Be("https://example.cn/songtao/hz-2026.zip");
        TalkLines(e).Should().Equal("服务网格的渐进式迁移|钱思远", "多集群流量调度实践|叶青");
        e.Talks.Should().OnlyContain(t => t.SlidesUrl == null);
    }

    [Fact]
    public void A_two_day_conference_starts_with_the_first_days_first_session_and_ends_on_the_second_day()
    {
        var e = Event("p11-two-day.md");

        e.Start!.Value.DateTime.Should().Be(new DateTime(2026, 5, 12, 9, 30, 0));
        e.End!.Value.Date.Should().Be(new DateTime(2026, 5, 13));
        TalkLines(e).Should().Equal(
            "Platforms people actually use|Inês Carvalho", "Policy as code at scale|Marcus Feld",
            "Serverless cold starts, measured|Yuki Tamura", "Multi-tenant databases without regret|Ola Nordmann");
    }

    [Theory]
    [InlineData("p12-cfp.md")]
    [InlineData("p13-release.md")]
    public void A_call_for_talks_and_a_release_note_are_not_events(string file) => Page(file).IsEvent.Should().BeFalse();

    [Fact]
    public void A_recap_that_lists_its_talks_stands_for_the_past_meetup()
    {
        var e = Event("p14-recap.md");

        e.Start!.Value.Date.Should().Be(new DateTime(2026, 1, 17));
        e.ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1xy4y1Q7aa");
        TalkLines(e).Should().Equal("K8s 调度器扩展实战|秦朗", "用 WebAssembly 写插件|白露");
    }

    [Fact]
    public void A_Chinese_salon_with_bold_labels_and_a_table_naming_each_speakers_company_in_brackets()
    {
        var e = Event("p15-zh-bold-labels.md");

        (e.Start, e.End).Should().Be((At(2026, 4, 11, 14, 0, China), At(2026, 4, 11, 17, 30, China)));
        TalkLines(e).Should().Equal("大模型推理服务的弹性伸缩|陆川", "向量检索的工程细节|温如玉", "Agent 评测体系搭建|程昊");
        e.Talks.SelectMany(t => t.Speakers).Should().OnlyContain(s => s.Aliases.Count == 0, "a company in brackets is no 花名");
    }

    [Fact]
    public void An_ISO_date_and_time_with_an_offset_in_a_when_bullet_and_a_topic_after_the_speaker()
    {
        var e = Event("p16-iso-offset.md");

        (e.Start, e.Form).Should().Be((At(2026, 3, 20, 8, 0, TimeSpan.Zero), EventForm.Offline));
        TalkLines(e).Should().Equal("Release trains for small teams|Morag Baird");
    }
}
