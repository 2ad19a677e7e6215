using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>How a page says whether its event is online, offline or both, in words beyond 活动形式; pages written
/// for these specs.</summary>
public sealed class EventFormSpecs
{
    [Fact]
    public void Tags_that_are_form_words_by_themselves_give_the_form()
    {
        var page = Pages.Parse(Pages.With(
            "title: 示例周末编程自习室 2030年8月3日\ndate: 2030-08-03\ntags:\n    - online\n    - offline\n    - 结对编程\nstart: 2030-08-03 14:00\naddress: 示例咖啡馆，示例路 1 号",
            "## 活动内容\n\n大家一起写代码。\n"));

        page.Event!.Form.Should().Be(EventForm.Hybrid);
    }

    [Theory]
    [InlineData("Please pick up your badge at the desk before you come in.")]
    [InlineData("The gathering will take place on Wednesday in the North Foyer, next to the exhibit hall.")]
    [InlineData("Doors open at 6:30PM and we will try to start promptly at 7PM.")]
    public void Prose_about_the_physical_place_makes_an_event_of_no_stated_form_an_in_person_one(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"Contributor Get-together\"\neventDate: 2030-03-20\ndate: 2030-01-01",
            $"### Details\n\n{sentence}\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
    }

    [Theory]
    [InlineData("Doors Open", EventForm.Offline)]
    [InlineData("Virtual doors open", EventForm.Unknown)]
    public void A_front_matter_programme_that_opens_its_doors_is_an_in_person_event(string first, EventForm form)
    {
        var page = Pages.Parse(Pages.With($"title: Monthly Meetup\ndate: 2030-06-26 19:00\nschedule:\n  - duration: 15\n    type: social\n    title: {first}\n"
            + "  - duration: 30\n    type: speaker\n    speakers:\n      - name: Alain Chautard\n    title: Introduction to Angular", "Come along!\n"));

        page.Event!.Form.Should().Be(form);
    }

    [Fact]
    public void Virtual_doors_are_no_place_to_walk_to()
    {
        var page = Pages.Parse(Pages.With("title: \"Contributor Get-together\"\neventDate: 2030-03-20\ndate: 2030-01-01",
            "### Details\n\nVirtual doors open at 6:30PM, talks start at 7PM.\n"));

        page.Event!.Form.Should().Be(EventForm.Unknown);
    }

    [Fact]
    public void Prose_that_promises_how_to_connect_makes_an_event_of_no_stated_form_an_online_one()
    {
        var page = Pages.Parse(Pages.With("title: \"Contributor Party\"\ndate: 2030-11-20",
            "### About\n\nThe party runs from December 3rd through the 5th, 2030.\n\n### Registration\n\nSign up with the form; details on how to connect will be mailed the week before.\n"));

        page.Event!.Form.Should().Be(EventForm.Online);
    }

    [Fact]
    public void A_tag_that_only_contains_a_form_word_says_nothing_about_the_form()
    {
        var page = Pages.Parse(Pages.With(
            "title: 示例周末编程自习室 2030年8月3日\ndate: 2030-08-03\ntags:\n    - 直播回顾合集\nstart: 2030-08-03 14:00\naddress: 示例咖啡馆，示例路 1 号",
            "## 活动内容\n\n大家一起写代码。\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
    }

    [Fact]
    public void A_video_meeting_link_in_the_front_matter_links_is_the_live_room()
    {
        var page = Pages.Parse(Pages.With(
            "title: 示例线上自习室\nstart: 2030-08-03 14:00\nlinks:\n    协作文档: https://docs.example.org/wiki/1\n    视频会议: https://meet.example.org/j/123",
            "## 活动内容\n\n大家一起写代码。\n"));

        page.Event!.LiveUrl.Should().Be("https://meet.example.org/j/123");
    }

    [Fact]
    public void A_meeting_address_label_that_names_a_place_is_the_venue_and_the_date_label_above_it_names_no_speaker()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup -上海 2030.10.12\"",
            "**示例 Meetup**\n\n**会议日期/时间**：2030 年 10 月 12 日，13:30 – 16:50\n\n**会议地址**：示例展览馆 416 会议厅，上海\n\n---\n**《示例之道》**\n\n**主讲人：** 张三，某司工程师\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
        page.Event.Venue.Should().StartWith("示例展览馆 416 会议厅");
        page.Event.Talks.Select(t => t.Title).Should().Equal("示例之道");
    }

    [Theory]
    [InlineData("Watch the livestream at [https://youtu.be/AbCdEf](https://youtu.be/AbCdEf).")]
    [InlineData("This is an online meeting and will be streamed on [YouTube](https://youtu.be/AbCdEf).")]
    public void A_sentence_about_watching_live_points_to_the_live_room_and_makes_the_event_online(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2030-04-01", $"### April 9, 2030\n\n{sentence}\n"));

        (page.Event!.LiveUrl, page.Event.Form).Should().Be(("https://youtu.be/AbCdEf", EventForm.Online));
    }

    [Fact]
    public void A_sentence_that_sends_readers_to_a_past_stream_names_no_live_room()
    {
        var page = Pages.Parse(Pages.With("title: \"Field Report of the Example Meetup\"\ndate: 2030-04-01",
            "On March 30, 2030 the meetup gathered 300 people.\n\nMore details in our [live streaming with photos](https://social.example.org/example).\n"));

        page.Event!.LiveUrl.Should().BeNull();
    }

    [Fact]
    public void A_mode_line_is_read_as_the_form()
    {
        var page = Pages.Parse(Pages.With(
            "title: 示例 AI 沙龙\ndate: 2030-04-14 16:53",
            "## 活动信息\n\n- 时间：2030 年 4 月 14 日 14:00-18:00\n- 地点：示例大厦 3 楼\n- 模式：线下为主，线上为辅\n"));

        page.Event!.Form.Should().Be(EventForm.Hybrid);
    }

    [Theory]
    [InlineData("### 线上直播\n\n不能到现场的朋友，扫码关注示例视频号观看直播。\n", EventForm.Hybrid)]
    [InlineData("### 直播回顾\n\n活动视频已上传到示例视频号。\n", EventForm.Offline)]
    public void A_section_about_watching_live_makes_a_meetup_with_a_venue_hybrid(string section, EventForm form)
    {
        var page = Pages.Parse(Pages.With(
            "title: 示例社区 Meetup 上海站\ndate: 2030-08-10T10:00:00+08:00",
            $"#### 时间：2030 年 8 月 21 日 13:30-18:00\n\n#### 地点：上海市示例路 6 号\n\n{section}"));

        page.Event!.Form.Should().Be(form);
    }

    [Theory]
    [InlineData("", EventForm.Unknown)]
    [InlineData("- 活动地点：示例市示例路 1 号示例大厦 3 楼\n", EventForm.Offline)]
    [InlineData("- 直播间地址：https://live.example.org/room/42\n", EventForm.Online)]
    [InlineData("- 活动地点：示例市示例路 1 号示例大厦 3 楼\n- 直播间地址：https://live.example.org/room/42\n", EventForm.Hybrid)]
    public void A_meetup_that_never_states_its_form_gets_it_from_the_evidence_and_is_unknown_without_any(string evidence, EventForm form)
    {
        var page = Pages.Parse(Pages.With("title: 示例技术沙龙·北京站\ndate: 2030-05-20T10:00:00+08:00",
            $"## 活动信息\n\n- 活动时间：2030 年 6 月 1 日 14:00-17:00\n{evidence}\n## 议程\n\n### 《服务治理实践》\n\n讲师：张三，示例公司\n"));

        page.Event!.Form.Should().Be(form);
    }

    [Fact]
    public void A_venue_section_whose_first_line_says_online_makes_the_event_online_with_its_room_and_no_code_repository_is_a_room()
    {
        var e = Pages.Parse(Pages.With("title: Hackathon 2030", "## When\n\nJuly 26-30, 2030\n\n## Where\n\nOnline, in our [GitHub repo](https://github.com/example/app), "
            + "and on Discord in our [#hackathon channel](https://discord.com/channels/1/2) for the kickoff call.\n")).Event!;

        (e.Form, e.LiveUrl, e.Venue).Should().Be((EventForm.Online, "https://discord.com/channels/1/2", (string?)null));
    }
}
