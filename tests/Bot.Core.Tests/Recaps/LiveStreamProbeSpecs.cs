using Bot.Core.Events;
using Bot.Core.Recaps;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages (Recaps/Probe/p17–p29) in the shapes of live-stream and one-talk pages that Hugo sites of
/// Chinese cloud-native communities publish: a template params map in the front matter, a bio heading naming the
/// lecturer, per-talk sub-pages of a meetup. Each spec states what a person reading the page would label.</summary>
public sealed class LiveStreamProbeSpecs
{
    [Fact]
    public void A_live_stream_page_whose_template_map_holds_time_form_and_replay_names_its_lecturer_under_a_bio_heading()
    {
        var e = Event("p17-live-lecturer-bio.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be((At(2023, 9, 21, 20, 0), At(2023, 9, 21, 21, 0), EventForm.Online, "https://live.bilibili.com/99887766"));
        e.ReplayUrl.Should().Be("https://player.bilibili.com/player.html?aid=700112233&bvid=BV1xx4y1A7zz&cid=880011223&page=1&high_quality=1");
        TalkLines(e).Should().Equal("用 eBPF 给集群做一次体检|林知远");
    }

    [Fact]
    public void A_talk_sub_page_of_a_meetup_is_dated_by_its_template_map_alone_and_held_in_the_city_and_online()
    {
        var e = Event("p18-talk-subpage-hybrid.md");

        (e.Start, e.End, e.Form, e.Venue).Should().Be((At(2023, 11, 18, 14, 0), At(2023, 11, 18, 18, 0), EventForm.Hybrid, "成都"));
        e.ReplayUrl.Should().StartWith("https://player.bilibili.com/player.html?aid=811223344");
        TalkLines(e).Should().Equal("从单体到模块化：一个 Java 框架的升级之路|宋青禾");
    }

    [Fact]
    public void A_lecturer_introduction_whose_later_paragraphs_tell_the_story_names_only_the_lecturer()
    {
        var e = Event("p19-live-lecturer-long-bio.md");

        (e.Start, e.LiveUrl).Should().Be((At(2022, 3, 10, 20, 0), "http://live.bilibili.com/99887766"));
        TalkLines(e).Should().Equal("高并发网关的限流与熔断设计|贺明川");
    }

    [Fact]
    public void A_talk_sub_page_with_a_speaker_bio_under_a_third_level_heading_held_offline_and_online_has_no_venue()
    {
        var e = Event("p20-talk-subpage-h3-lecturer.md");

        (e.Start, e.End, e.Form, e.Venue).Should().Be((At(2025, 3, 15, 13, 30), At(2025, 3, 15, 17, 30), EventForm.Hybrid, null));
        TalkLines(e).Should().Equal("大模型推理的显存账本|韦若溪");
    }

    [Fact]
    public void A_meetup_page_with_an_empty_template_video_lists_its_topics_with_their_guests()
    {
        var e = Event("p21-meetup-topic-iframes.md");

        (e.Start, e.End, e.Form, e.ReplayUrl).Should().Be((At(2022, 11, 12, 14, 0), At(2022, 11, 12, 16, 45), EventForm.Online, null));
        TalkLines(e).Should().Equal("网关在大流量场景下的落地|岳文澜", "函数计算与网关的结合|倪慕白");
    }

    [Fact]
    public void A_live_stream_recording_without_a_named_speaker_is_an_online_event_with_its_replay()
    {
        var e = Event("p22-live-no-speaker.md");

        (e.Start, e.End, e.Form).Should().Be((At(2022, 5, 19, 20, 0), At(2022, 5, 19, 21, 0), EventForm.Online));
        e.ReplayUrl.Should().StartWith("https://player.bilibili.com/");
    }

    [Fact]
    public void A_lecturer_introduction_with_the_name_alone_and_the_roles_on_bullets_names_one_speaker()
    {
        var e = Event("p23-live-name-then-bullets.md");

        (e.Start, e.LiveUrl).Should().Be((At(2026, 3, 12, 20, 0), "https://live.example.cn/room/556677"));
        TalkLines(e).Should().Equal("CSI 插件从零到一|柏远舟"); // the course's name before the colon is the series, not the session
    }

    [Fact]
    public void An_English_live_session_names_its_speaker_in_the_bio_under_About_the_speaker()
    {
        var e = Event("p24-en-about-the-speaker.md");

        (e.Start, e.End).Should().Be((new DateTimeOffset(2026, 4, 16, 17, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 4, 16, 18, 0, 0, TimeSpan.Zero)));
        TalkLines(e).Should().Equal("Lantern Live: Debugging gRPC retries in production|Rosalind Achebe");
    }

    [Fact]
    public void Live_rooms_labelled_by_their_platform_are_the_live_room()
    {
        var chinese = Event("p28-live-platform-rooms.md");
        var english = Event("p24-en-about-the-speaker.md");

        (chinese.Start, chinese.Form, chinese.LiveUrl).Should().Be((At(2026, 6, 11, 19, 30), EventForm.Online, "https://live.bilibili.com/1234567"));
        TalkLines(chinese).Should().Equal("一条慢查询的一生|沈听澜");
        (english.Form, english.LiveUrl).Should().Be((EventForm.Online, "https://www.youtube.com/live/abcDEF12345"));
    }

    [Fact]
    public void A_talk_sub_page_with_an_unpadded_template_date_and_a_bio_of_name_then_affiliation_paragraphs()
    {
        var e = Event("p26-talk-subpage-bare-name-bio.md");

        (e.Start, e.End, e.Form, e.Venue).Should().Be((At(2021, 6, 5, 13, 0), At(2021, 6, 5, 18, 0), EventForm.Hybrid, null));
        TalkLines(e).Should().Equal("某城商行基于容器平台的 DevOps 实践|石砚秋");
    }

    [Fact]
    public void A_live_stream_titled_with_its_series_issue_is_one_talk_named_without_the_series_and_issue()
    {
        var e = Event("p27-live-series-issue-title.md");

        (e.Start, e.End, e.LiveUrl).Should().Be((At(2026, 5, 14, 20, 0), At(2026, 5, 14, 21, 0), "https://live.example.cn/room/330012"));
        TalkLines(e).Should().Equal("Sidecar 之后的服务网格|闻若川");
    }

    [Fact]
    public void A_lecturer_bio_that_gives_the_roles_first_and_the_name_last_names_that_lecturer()
    {
        var e = Event("p70-live-bio-roles-then-name.md");

        (e.Start, e.Form).Should().Be((At(2021, 1, 14, 20, 0), EventForm.Online));
        TalkLines(e).Should().Equal("用一套告警管住十个集群|叶听澜");
    }

    [Fact]
    public void A_venue_label_that_names_only_the_online_form_or_a_meeting_room_makes_the_event_online_without_a_venue()
    {
        var e = Event("p29-venue-label-online.md");
        Event Where(string value) => Pages.Parse(Pages.With("title: \"示例分享\"\ndate: 2026-03-01", $"- 时间：2026 年 3 月 12 日 20:00-21:00\n- {value}\n- 讲师：林知远\n")).Event!;

        (e.Start, e.Form, e.Venue, e.LiveUrl).Should().Be((At(2026, 7, 2, 19, 30), EventForm.Online, null, "https://meeting.example.cn/dm/7788"));
        TalkLines(e).Should().Equal("Rust 异步运行时漫谈|季明远");
        (Where("地点：线上").Form, Where("地点：线上").Venue).Should().Be((EventForm.Online, null));
        (Where("地点：腾讯会议 https://meeting.example.cn/dm/1").Form, Where("地点：腾讯会议 https://meeting.example.cn/dm/1").LiveUrl).Should().Be((EventForm.Online, "https://meeting.example.cn/dm/1"));
        (Where("Where: Live on YouTube: https://www.youtube.com/live/abc123").Venue, Where("Where: https://zoom.us/j/123456").LiveUrl).Should().Be((null, "https://zoom.us/j/123456"));
        (Where("地点：北京市某大厦 3 层 https://map.example.cn/p/1").Form, Where("地点：北京市某大厦 3 层 https://map.example.cn/p/1").LiveUrl).Should().Be((EventForm.Offline, null));
    }

    [Fact]
    public void A_guest_bio_section_on_a_meetup_does_not_change_the_speakers_its_agenda_names()
    {
        var e = Event("p25-meetup-guest-bios.md");

        (e.Start, e.Form).Should().Be((At(2026, 1, 24, 13, 30), EventForm.Offline));
        TalkLines(e).Should().Equal("服务注册中心的高可用改造|鲁清扬", "用 OpenTelemetry 统一三种信号|卓一苇");
    }

    [Fact]
    public void A_top_level_start_wins_over_the_template_maps_time_and_neither_a_map_without_a_time_nor_a_top_level_base_is_the_events()
    {
        var both = Pages.Parse(Pages.With(
            "title: \"示例直播\"\nstart: 2030-04-26 19:00\nsection1:\n  time: 2030-04-20 20:00-21:00\n  base: 线上", "讲师：张三\n"));
        var mapWithoutTime = Pages.Parse(Pages.With(
            "title: \"示例分享\"\nhero:\n  videoUrl: //player.example.com/v/1\n  base: 上海", "- 时间：2030 年 4 月 26 日 19:00\n\n讲师：张三\n"));

        (both.Event!.Start, both.Event.End, both.Event.Form).Should().Be((At(2030, 4, 26, 19, 0), null, EventForm.Online));
        var topLevelBase = Pages.Parse(Pages.With("title: \"示例分享\"\nbase: 上海", "- 时间：2030 年 4 月 26 日 19:00\n\n讲师：张三\n"));

        (mapWithoutTime.Event!.ReplayUrl, mapWithoutTime.Event.Venue).Should().Be((null, null));
        topLevelBase.Event!.Venue.Should().BeNull();
    }

    [Theory]
    [InlineData("直播嘉宾")]
    [InlineData("本期嘉宾")]
    [InlineData("特邀讲师")]
    [InlineData("Guest speaker")]
    public void A_one_talk_pages_guest_named_by_a_compound_label_is_its_speaker(string label)
    {
        var page = Bot.Core.Tests.Recaps.Pages.Parse(Bot.Core.Tests.Recaps.Pages.With("title: \"【直播预告】云原生存储实践\"\ndate: 2030-12-01T12:00:00+08:00",
            $"**直播时间**：12 月 15 日（周二）晚 19:30-20:30\n\n**{label}**：赵一鸣，某云存储团队技术专家\n\n**直播间地址**：https://live.bilibili.com/22012345\n"));

        TalkLines(page.Event!).Should().Equal("云原生存储实践|赵一鸣");
    }
}
