using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>The shapes the general layouts read that once had a layout of their own, written in general terms.</summary>
public sealed class GeneralShapeSpecs
{
    [Fact]
    public void A_timed_heading_takes_its_speakers_from_the_plain_paragraph_under_it_whatever_the_notation()
    {
        var (talks, _) = TalkFixture.Extract("""
            ## 议程

            ### 14:00-14:40 调度器的一次重写

            阿木 某司 技术专家

            ### 14:40-15:20 网格里的流量

            王五，某司架构师 、某项目维护者
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写", "网格里的流量");
        TalkFixture.Names(talks[0]).Should().Equal("阿木");
        TalkFixture.Names(talks[1]).Should().Equal("王五");
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 0), new TimeOnly(14, 40)));
    }

    [Fact]
    public void A_timed_title_whose_paragraph_names_the_host_is_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 14:00-14:10 圆桌预热

            小助手 主持人

            ### 14:10-15:00 调度器的一次重写

            阿木 某司 技术专家
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写");
    }

    [Fact]
    public void A_timed_title_naming_nobody_stays_a_talk_where_the_other_slots_name_their_speakers()
    {
        var (talks, _) = TalkFixture.Extract("""
            **9:00 - 9:20 Opening of the day**

            **9:20 - 10:10 Build services fast by Jane Doe**

            A hands-on lab.
            """);

        talks.Select(t => t.Title).Should().Equal("Opening of the day", "Build services fast");
        talks[0].Speakers.Should().BeEmpty();
        talks[0].Slot.Should().Be(new TimeSlot(new TimeOnly(9, 0), new TimeOnly(9, 20)));
        TalkFixture.Names(talks[1]).Should().Equal("Jane Doe");
    }

    [Fact]
    public void A_heading_that_is_only_a_time_range_opens_no_talk()
    {
        var (talks, _) = TalkFixture.Extract("""
            ### 12:40 - 13:00

            - 签到

            ### 13:00 - 13:40 调度器的一次重写

            - 分享嘉宾：某司 阿木
            """);

        talks.Select(t => t.Title).Should().Equal("调度器的一次重写");
    }
}
