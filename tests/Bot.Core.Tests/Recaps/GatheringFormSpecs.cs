using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>The form said in prose without 本次: a form word before the gathering itself (<c>在线峰会</c>,
/// <c>线上的活动</c>), in the body or the description, and a stream the prose thanks or points to; pages written for
/// these specs.</summary>
public sealed class GatheringFormSpecs
{
    [Theory]
    [InlineData("description: \"由示例社区主办的线上直播分享。\"", "## 讲师\n\n张三，示例公司架构师。\n")]
    [InlineData("description: \"示例云原生系列在线峰会第 3 期\"", "## 议程\n\n14:00-14:30 开场\n")]
    [InlineData("description: \"示例年会\"", "示例大会是社区的年度聚会。在它的第一年，示例大会将是一个线上的活动，连接全球社区。\n")]
    [InlineData("description: \"示例研讨会\"", "深圳示例 User Group 在 2030-04-18 举办了第一次 Thematic Seminar 线上交流会\n\n- 由 @korilin 带来《设计模式》的分享\n")]
    [InlineData("description: \"示例发行派对\"", "前几年我们使用某平台举办虚拟会议，今年第一次在 Matrix 上举办虚拟会议！\n\n派对将于 2030 年 5 月 24 日举行。\n")]
    public void A_form_word_before_the_gathering_states_the_form(string description, string body)
    {
        var page = Pages.Parse(Pages.With($"title: \"示例开发者大会 2030\"\ndate: 2030-04-18\n{description}", body));

        page.Event!.Form.Should().Be(EventForm.Online);
    }

    [Theory]
    [InlineData("This event will be hosted over Zoom, and the link will be sent to all attendees.", EventForm.Online)]
    [InlineData("The meetup is held via Google Meet this month.", EventForm.Online)]
    [InlineData("Bring a laptop with Zoom installed; we meet in teams of two.", EventForm.Unknown)]
    [InlineData("Our August meetup will be hosted at the Example Library and **online**.", EventForm.Hybrid)]
    [InlineData("Our August meetup will be hosted at the Example Library. Slides go online afterwards.", EventForm.Offline)]
    public void An_English_sentence_that_hosts_the_event_on_a_meeting_service_or_at_a_place_and_online_states_its_form(string sentence, EventForm form)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Lightning Talks\"\ndate: 2030-09-01",
            $"{sentence}\n\n## Agenda\n\n18:00-18:10: Welcome\n\n18:10-19:30: Lightning talks\n"));

        // Without a form, a venue or a talk the page is no event at all: its form is unknown either way.
        (page.Event?.Form ?? EventForm.Unknown).Should().Be(form);
    }

    [Fact]
    public void A_venue_with_a_section_that_says_where_to_watch_is_hybrid_and_streams_there()
    {
        var page = Pages.Parse(Pages.With("title: \"示例技术沙龙\"\ndate: 2030-07-30",
            "- 时间：2030 年 8 月 3 日 14:00\n- 地点：北京市示例路 8 号\n\n## B站直播 / Live Streaming\n\nhttps://live.example.org/10339607\n\n无需注册即可观看。\n"));

        (page.Event!.Form, page.Event.LiveUrl).Should().Be((EventForm.Hybrid, "https://live.example.org/10339607"));
    }

    [Fact]
    public void A_chinese_sentence_saying_where_the_event_is_streamed_points_to_the_live_room()
    {
        var page = Pages.Parse(Pages.With("title: \"示例发行派对\"\ndate: 2030-05-06",
            "派对将于 2030 年 5 月 24 日在线举行。\n\n我们将在 [示例项目的视频频道](https://video.example.org/@example) 上直播活动，任何人都可以观看。\n"));

        page.Event!.LiveUrl.Should().Be("https://video.example.org/@example");
    }

    [Theory]
    [InlineData("感谢示例视频站提供视频直播支持。")]
    [InlineData("感谢各位通过示例视频站观看直播的同学。")]
    public void A_sentence_about_the_stream_makes_a_meetup_at_a_venue_hybrid(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"第二届示例 Meetup 北京站回顾\"\ndate: 2030-07-30",
            $"- 时间：2030 年 7 月 29 日 13:30\n- 地点：北京市示例路 8 号\n\n{sentence}\n"));

        page.Event!.Form.Should().Be(EventForm.Hybrid);
    }

    [Theory]
    [InlineData("欢迎回看往期线上分享。")]
    [InlineData("本次活动不提供同步直播，敬请谅解。")]
    [InlineData("欢迎线上观众加入讨论群。")]
    public void Prose_about_other_events_or_denying_a_stream_leaves_a_meetup_at_a_venue_offline(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"第二届示例 Meetup 北京站回顾\"\ndate: 2030-07-30",
            $"- 时间：2030 年 7 月 29 日 13:30\n- 地点：北京市示例路 8 号\n\n{sentence}\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
    }

    [Theory]
    [InlineData("5 月 9 日，示例社区在成都成功举办第三场线下 Meetup，七位工程师分享了他们的实践。")]
    [InlineData("5 月 9 日，示例 Meetup 在成都圆满结束，近百位开发者齐聚现场，讨论算力调度。")]
    [InlineData("来自五家企业的工程师为现场观众带来了一场技术分享。")]
    public void A_recap_that_names_an_in_person_gathering_or_its_audience_in_the_room_is_offline(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"第三届示例 Meetup 成都站回顾\"\ndate: \"2030-05-09\"", $"{sentence}\n\n- 时间：2030 年 5 月 9 日 14:00\n\n## 开场\n\n主持人致辞。\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
    }
    [Theory]
    [InlineData("Held on November 19th and 20th, this two-day virtual event will feature 36 sessions.")]
    [InlineData("Join the Example Streaming community online on Tuesday, May 23rd for this one-day event.")]
    [InlineData("The summit is held online this year.")]
    public void English_prose_stating_a_virtual_or_online_event_makes_a_conference_online(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit Asia 2030: Schedule Announced\"\ndate: 2030-11-04",
            $"{sentence}\n\n### A Talk About Queues\n\nJane Doe, Engineer, Example Corp\n\nNovember 19, 2030.\n"));

        page.Event!.Form.Should().Be(EventForm.Online);
    }

    [Theory]
    [InlineData("Online registration closes on November 10.")]
    [InlineData("Our virtual machines run the demos.")]
    public void English_prose_that_only_mentions_online_things_leaves_a_conference_in_person(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit Asia 2030: Schedule Announced\"\ndate: 2030-11-04",
            $"{sentence}\n\n### A Talk About Queues\n\nJane Doe, Engineer, Example Corp\n\nNovember 19, 2030.\n"));

        page.Event!.Form.Should().NotBe(EventForm.Online);
    }
}
