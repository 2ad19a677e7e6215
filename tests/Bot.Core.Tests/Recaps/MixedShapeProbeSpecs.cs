using Bot.Core.Events;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages p64–p69: shapes found by a round of pages written to find failures (labels, agendas, times and places in sentences) (invented
/// communities, people and dates); each spec states what a person reading the page would label. They also feed the
/// parser fuzz specs as bases.</summary>
public sealed class MixedShapeProbeSpecs
{
    [Fact]
    public void Speaker_labels_before_each_topic_label_pair_in_page_order()
    {
        var e = Event("p64-speaker-label-before-topic-label.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 12, 27, 14, 0), At(2026, 12, 27, 17, 30), EventForm.Offline));
        TalkLines(e).Should().Equal("湖仓一体架构在电商的落地|李然", "实时数仓的成本优化|周舟", "数据质量治理实践|何夕");
    }

    [Fact]
    public void A_facts_table_gives_the_time_the_live_room_and_the_one_talk()
    {
        var e = Event("p65-facts-table-one-session.md");

        (e.Start, e.End, e.LiveUrl).Should().Be((At(2026, 12, 17, 19, 30), At(2026, 12, 17, 20, 30), "https://live.bilibili.com/55567890"));
        TalkLines(e).Should().Equal("大模型推理服务的弹性伸缩|程远");
    }

    [Fact]
    public void A_sentence_gives_the_start_the_end_and_the_place()
    {
        var e = Event("p66-sentence-start-end-place.md");

        (e.Start, e.End, e.Venue).Should().Be((At(2026, 12, 20, 14, 0), At(2026, 12, 20, 17, 30), "苏州市工业园区星湖街 328 号创意产业园 10 栋"));
        TalkLines(e).Should().Equal("网关插件的热加载|华清", "从 Nginx 到云原生网关|严峻");
    }

    [Fact]
    public void A_pipe_separated_agenda_of_an_online_meetup_gives_its_talks_and_live_room()
    {
        var e = Event("p67-pipe-list-agenda.md");

        (e.Start, e.Form, e.LiveUrl).Should().Be((At(2026, 12, 19, 14, 0), EventForm.Online, "https://www.bilibili.com/blackboard/live/live-activity-player.html?cid=23456"));
        TalkLines(e).Should().Equal("调度系统在银行的落地|田甜", "工作流的容错设计|郝帅", "调度与数据血缘|阎欣");
    }

    [Fact]
    public void An_english_evening_agenda_without_am_or_pm_is_read_in_the_evening_in_the_venues_zone()
    {
        var e = Event("p68-en-evening-agenda-no-meridiem.md");

        e.Start.Should().Be(At(2026, 12, 16, 18, 30, TimeSpan.FromHours(-8)));
        TalkLines(e).Should().Equal("Typing your Django app|Grace Miller", "Packaging in 2027|Omar Haddad");
    }

    [Fact]
    public void A_title_month_and_day_confirmed_by_the_time_labels_weekday_dates_the_meetup()
    {
        var e = Event("p69-title-month-day-weekday-label.md");

        (e.Start, e.End).Should().Be((At(2026, 12, 19, 13, 30), At(2026, 12, 19, 17, 30)));
        TalkLines(e).Should().Equal("消息轨迹的实现|柳青", "顺序消息的陷阱|苏洋");
    }
}
