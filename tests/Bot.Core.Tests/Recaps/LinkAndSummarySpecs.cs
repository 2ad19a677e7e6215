using Bot.Core.Events;
using Bot.Core.Recaps;
using Bot.Core.Recaps.Outline;
using Markdig;

namespace Bot.Core.Tests.Recaps;

public sealed class LinkAndSummarySpecs
{
    [Fact]
    public void Links_keep_their_source_lines_when_br_tags_end_the_lines_before_them()
    {
        // Each `<br/>` followed by a newline ends two visual lines but only one source line (found by the fuzz spec:
        // counting visual lines put links, and their warnings, past the end of the page).
        const string text = "资料下载：<br/>\n[《甲》](https://example.org/a.pdf)<br/>\n[《乙》](https://example.org/b.pdf)<br/>前<br>后\n[《丙》](https://example.org/c.pdf)\n";

        var outline = PageOutline.Build(Markdown.Parse(text, RecapMarkdown.Pipeline));

        outline.Lines.SelectMany(l => l.Links).Select(l => l.Line).Should().Equal(2, 3, 4);
        outline.Lines.Select(l => (l.Text, l.Line)).Should().Equal(
            ("资料下载：", 1), ("《甲》", 2), ("《乙》", 3), ("前", 3), ("后", 3), ("《丙》", 4));
    }

    [Fact]
    public void A_headless_summary_list_right_after_the_front_matter_is_read()
    {
        var page = Pages.Parse(Pages.With("title: \"SOFAChannel#1——示例\"\ndate: 2019-01-17T10:20:00.000Z",
            "- 活动主题：SOFAChannel#1——示例\n- 活动时间：1 月 17 日周四晚 7 点\n- 活动形式：线上直播\n- [直播视频回顾](https://example.org/live/148)\n- [直播回顾文章](https://example.org/blog/retrospect/)\n"));

        page.Event!.ReplayUrl.Should().Be("https://example.org/live/148");
        page.Event.Start.Should().Be(new DateTimeOffset(2019, 1, 17, 19, 0, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("Watch live on YouTube: https://youtube.com/live/abc123")]
    [InlineData("Live stream on Bilibili: https://youtube.com/live/abc123")]
    [InlineData("Live on Twitch: https://youtube.com/live/abc123")]
    [InlineData("Platform: Zoom — https://youtube.com/live/abc123")]
    [InlineData("- Meet-up call link: [https://youtube.com/live/abc123](https://youtube.com/live/abc123)")]
    [InlineData("Video call: https://youtube.com/live/abc123")]
    public void A_line_naming_where_the_stream_is_watched_gives_the_live_room(string line)
    {
        var page = Pages.Parse(Pages.With("title: \"Webinar: upgrades\"\ndate: 2026-11-25",
            $"Join our live webinar on December 9th at 4pm CET.\n\n{line}\n"));

        page.Event!.LiveUrl.Should().Be("https://youtube.com/live/abc123");
    }

    [Theory]
    [InlineData("Venue address", "Watch the live stream", "Register for free")]
    [InlineData("Event location", "Join the livestream", "Registration link")]
    [InlineData("Venue", "Live stream", "Register")]
    public void An_english_label_of_several_words_is_known_by_its_head_words(string venue, string live, string register)
    {
        var e = Pages.Parse(Pages.With("title: \"Meetup Berlin 7\"\ndate: 2030-11-25",
            $"Another evening of talks.\n\nDate: December 10, 2030, 18:30\n{venue}: Example GmbH, Friedrichstrasse 123, Berlin\n"
            + $"{register}: https://meetup.example.org/7\n{live}: https://youtube.com/live/xyz\n")).Event!;

        (e.Venue, e.LiveUrl, e.RegistrationUrl, e.Form).Should().Be(
            ("Example GmbH, Friedrichstrasse 123, Berlin", "https://youtube.com/live/xyz", "https://meetup.example.org/7", EventForm.Hybrid));
    }

    [Fact]
    public void Summary_paragraphs_under_an_h1_are_read_like_bullets()
    {
        var page = Pages.Parse(Pages.With("title: \"SOFAChannel#5：示例\"\ndate: 2019-05-08T10:20:00.000Z",
            "# 概要\n\n活动主题：SOFAChannel#5：示例\n\n活动时间：5 月 16 日周四晚 7 点\n\n活动形式：线上直播\n\n报名方式：<https://example.org/activities/552>\n\n# 介绍\n\n正文。\n"));

        page.Event!.LiveUrl.Should().Be("https://example.org/activities/552");
        page.Event.RegistrationUrl.Should().Be("https://example.org/activities/552");
    }

    [Fact]
    public void The_summary_link_wins_over_a_body_link_pasted_from_an_earlier_episode()
    {
        var page = Pages.ChannelPage("8 月 29 日周四晚 7 点", extraSummary: "- 视频回顾：<https://example.org/community/live/821>",
            body: "### | 点击即可报名\n\n<https://example.org/community/live/737>\n");

        page.Event!.LiveUrl.Should().Be("https://example.org/community/live/821");
        page.Event.ReplayUrl.Should().Be("https://example.org/community/live/821");
    }

    [Fact]
    public void The_bilibili_live_room_is_the_live_url_and_a_replay_section_gives_the_replay()
    {
        var page = Pages.ChannelPage("11 月 03 日，周四晚 19 点", date: "2022-10-27T15:00:00+08:00",
            extraSummary: "- B 站直播间地址：[http://live.bilibili.com/21954520](http://live.bilibili.com/21954520)",
            body: "## 直播回放\n\n[https://b23.tv/short](https://www.bilibili.com/video/BV1xx/?spm_id_from=1#t=2)\n");

        page.Event!.LiveUrl.Should().Be("http://live.bilibili.com/21954520");
        page.Event.ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1xx/?spm_id_from=1#t=2");
    }

    [Fact]
    public void Placeholders_are_neither_slides_nor_replays()
    {
        var page = Pages.ChannelPage("02 月 25 日，周六晚 19 点", date: "2023-02-16T15:00:00+08:00",
            extraSummary: "- 资料下载：[待直播后更新](https://example.org/other-episode.pdf)",
            body: "## 直播回放\n\n[待直播后更新](https://example.org/other-episode-video)\n");

        page.Event!.Slides.Should().BeEmpty();
        page.Event.ReplayUrl.Should().BeNull();
    }

    [Fact]
    public void Slide_links_written_as_paragraphs_after_the_label_belong_to_it()
    {
        var page = Pages.Parse(Pages.With("title: \"示例专场\"\ndate: 2022-04-01T15:00:00+08:00",
            "## 概要\n\n- 活动主题：示例专场\n- 活动时间：2022 年 04 月 01 日（周五）09:30-12:00\n- 活动形式：线上直播\n- 资料下载：<br/>\n\n[《第一讲》](https://example.org/a.pdf)<br/>\n\n[《第二讲：续》](https://example.org/b(1).pdf)<br/>\n\n## 活动议程\n\n>![](https://example.org/agenda.png)\n"));

        page.Event!.Slides.Select(s => s.Url).Should().Equal("https://example.org/a.pdf", "https://example.org/b(1).pdf");
        page.Event.Slides[1].Text.Should().Be("《第二讲：续》");
        page.Event.AgendaImageUrl.Should().Be("https://example.org/agenda.png");
    }

    [Fact]
    public void One_bullet_per_deck_after_an_empty_slides_label_are_all_slides()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2021-04-20T15:00:00+08:00",
            "## 概要\n\n- 活动时间：2021 年 04 月 24 日（周六）14:00-17:00\n\n- 活动形式：线下活动\n\n- 活动地点：某市某路 1 号\n\n- 资料下载：\n\n- [《甲》下载链接](https://example.org/1.pdf)\n\n- [《乙》下载链接](https://example.org/2.pdf)\n"));

        page.Event!.Slides.Should().HaveCount(2);
        page.Event.Form.Should().Be(EventForm.Offline);
        page.Event.Venue.Should().Be("某市某路 1 号");
    }

    [Fact]
    public void Per_talk_replay_lists_are_handed_to_talks_and_not_taken_as_the_event_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"SOFA Meetup 示例站\"\ndate: 2022-05-10T15:00:00+08:00",
            "## 概要\n\n- 活动时间：2022 年 05 月 14 日（周六）14:00-18:00\n- 活动形式：线上直播\n\n## 活动回顾\n\n直播回放：\n\n[第一个议题](https://www.bilibili.com/video/BV1/)\n\n[第二个议题](https://www.bilibili.com/video/BV2/)\n"));

        page.Event!.ReplayUrl.Should().BeNull();
    }

    [Fact]
    public void Offline_registration_is_not_a_live_url_and_an_online_page_has_no_venue()
    {
        var offline = Pages.Parse(Pages.With("title: \"SOFA Meetup#3 示例站\"\ndate: 2019-08-01T15:00:00+08:00",
            "## 概要\n\n- 活动时间：8 月 11 日周日下午 13 点\n- 活动地点：某市某塔 15F\n- 活动形式：线下活动\n- 报名方式：[https://example.org/activities/779](https://example.org/activities/779?chInfo=ss)\n"));
        var online = Pages.ChannelPage("5 月 20 日周四晚 7 点", extraSummary: "- 活动地点：浙江省杭州市线上直播");

        offline.Event!.LiveUrl.Should().BeNull();
        offline.Event.RegistrationUrl.Should().Be("https://example.org/activities/779?chInfo=ss");
        online.Event!.Venue.Should().BeNull();
    }

    [Theory]
    [InlineData("SOFAChannel#24：示例", "SOFAChannel", 24)]
    [InlineData("【活动回顾】SOFAMeetup#8 成都站", "SOFAMeetup", 8)]
    [InlineData("SOFAStack Meetup#5 上海站", "SOFAStack Meetup", 5)]
    [InlineData("SOFA Meetup#1 北京站", "SOFA Meetup", 1)]
    [InlineData("Service Mesh Webinar#2：示例", "Service Mesh Webinar", 2)]
    [InlineData("SOFAChannel#33《示例》——某社区", "SOFAChannel", 33)]
    public void Series_and_number_come_from_the_title(string title, string series, int number) =>
        SeriesReader.Read(title).Should().Be((series, number));

    [Theory]
    [InlineData("【活动回顾】示例开放日 成都站", "示例开放日 成都站")]
    [InlineData("【活动报名】9月1日示例用户组 Meetup", "9月1日示例用户组 Meetup")]
    [InlineData("【报名中】“图无处不在”系列活动", "“图无处不在”系列活动")]
    [InlineData("【北京】示例 Meetup", "【北京】示例 Meetup")]
    [InlineData("【工作坊】文化成都", "【工作坊】文化成都")]
    [InlineData("2030/04/08 示例用户组月度分享会", "示例用户组月度分享会")]
    [InlineData("2030-04-08 Example meetup", "Example meetup")]
    [InlineData("4月8日 示例用户组聚会", "4月8日 示例用户组聚会")]
    [InlineData("2030 年示例大会", "2030 年示例大会")]
    public void A_status_tag_or_a_full_date_before_an_events_title_is_not_shown_but_a_tag_about_the_event_is(string title, string shown)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title.Replace("\"", "\\\"")}\"\ndate: 2030-04-01T15:00:00+08:00",
            "- 活动时间：2030 年 04 月 08 日 14:00-17:00\n- 活动地点：示例路 8 号\n"));

        (page.Title, page.Event!.Title).Should().Be((shown, shown));
    }

    [Fact]
    public void The_theme_gives_the_series_when_the_title_does_not_and_the_slug_never_does()
    {
        var page = Pages.Parse(Pages.With("title: \"【活动回顾】示例开放日\"\ndate: 2022-04-01T15:00:00+08:00",
            "## 概要\n\n- 活动主题：SOFAMeetup#14 示例开放日\n- 活动时间：2022 年 04 月 01 日（周五）09:30-12:00\n- 活动形式：线上直播\n"), "zh-sofa-meetup-99.md");

        page.Event!.SeriesLabel.Should().Be("SOFAMeetup#14");
        page.Event.Id.Should().Be("zh-sofa-meetup-99");
    }

    [Theory]
    [InlineData("zh-sofa-channel-1.md", "zh-sofa-channel-1")]
    [InlineData("activities/sofa-meetup-14/index.md", "sofa-meetup-14")]
    [InlineData("zh-_Summer-2023_x_.md", "zh-summer-2023-x")]
    [InlineData("_posts/2016-09-09-september-monthly-meetup.markdown", "2016-09-09-september-monthly-meetup")]
    [InlineData("events/lisbon-meetup/index.markdown", "lisbon-meetup")]
    [InlineData("content/post/news/2030-12-11-first-meetup.smd", "2030-12-11-first-meetup")]
    [InlineData("meetups/gathering-52/README.md", "gathering-52")]
    public void The_id_is_the_slug_of_the_file_or_its_folder(string source, string id) =>
        PageId.FromSource(source).Should().Be(id);

    [Theory]
    [InlineData("2030-12-11-first-meetup.smd", true)]
    [InlineData("2030-12-11-first-meetup.mkd", true)]
    [InlineData("README.smd", false)]
    [InlineData("draft.md.bak", false)]
    public void Markdown_files_of_the_common_generators_are_pages_and_readmes_are_not(string name, bool page) =>
        PageId.IsPage(name).Should().Be(page);

    [Fact]
    public void A_mail_or_phone_link_under_a_slides_heading_is_no_deck_and_no_talk()
    {
        var e = Pages.Parse(Pages.With("title: \"August meetup\"\ndate: 2030-08-01", "Start around 6pm Friday August 22nd at the Hub.\n\n"
            + "### Presentations\n\nIf you have a talk, please [let me know](mailto:host@example.org)!\nOr call [the desk](tel:+15550100).\n")).Event!;

        (e.Talks.Count, e.SlidesUrl).Should().Be((0, (string?)null));
    }

    [Theory]
    [InlineData("Stream")]
    [InlineData("Streaming")]
    [InlineData("Where to watch")]
    public void A_stream_label_gives_the_live_room(string label)
    {
        var page = Pages.Parse(Pages.With("title: \"Rust for Gophers\"\ndate: 2030-12-01",
            $"- Date: December 20, 2030 8:00 PM EST\n- {label}: https://www.twitch.tv/examplecommunity\n- Host: Sam Carter\n"));

        page.Event!.LiveUrl.Should().Be("https://www.twitch.tv/examplecommunity");
    }

    [Fact]
    public void Recordings_to_watch_are_no_live_room()
    {
        var page = Pages.Parse(Pages.With("title: \"Contributor Summit\"\ndate: 2030-12-01",
            "Held on December 2, 2030 at the venue.\n\n* **Watch Sessions:** Recordings are on the [channel](https://youtube.com/playlist?list=x).\n"));

        page.Event?.LiveUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("## 活动地点")]
    [InlineData("### Venue")]
    public void A_venue_heading_with_the_place_on_the_line_below_gives_the_venue(string heading)
    {
        var page = Pages.Parse(Pages.With("title: \"TiDB 社区上海站 Meetup\"\ndate: 2030-12-01",
            $"## 活动时间\n\n2030 年 12 月 21 日（周六）14:00-17:30\n\n{heading}\n\n上海市长宁区金钟路 968 号凌空 SOHO 3 号楼\n\n## 报名\n\nhttps://www.huodongxing.com/event/123\n"));

        (page.Event!.Venue, page.Event.Form).Should().Be(("上海市长宁区金钟路 968 号凌空 SOHO 3 号楼", Bot.Core.Events.EventForm.Offline));
    }

    [Theory]
    [InlineData("The address of the venue:\n\n> Example CodeNode<br/>10 South Place<br/>London")]
    [InlineData("The address of the venue:\n\nExample CodeNode")]
    [InlineData("活动地址如下：\n\nExample CodeNode")]
    public void A_line_that_introduces_the_place_below_a_venue_heading_is_not_the_place(string section)
    {
        var page = Pages.Parse(Pages.With("title: \"March 2030 Meeting\"\ndate: 2030-02-22",
            $"The meeting will be on 11 March 2030 at 7pm.\n\n### Venue\n\n{section}\n\n### Registration\n\nPlease register.\n"));

        page.Event!.Venue.Should().Be("Example CodeNode");
    }

    [Fact]
    public void A_sentence_under_a_venue_heading_is_no_venue()
    {
        var page = Pages.Parse(Pages.With("title: \"Our meetup playbook\"\ndate: 2030-10-02",
            "## Venue\n\nHosts rotate between companies in Berlin. Thanks to everyone who helped!\n"));

        page.Event?.Venue.Should().BeNull();
    }

    [Theory]
    [InlineData("PPT 下载链接：[示例 Meetup 成都站 PPT 合集](https://git.example.cn/meetup/03-chengdu)")]
    [InlineData("Slides: [All slides of the day](https://git.example.cn/meetup/03-chengdu)")]
    [InlineData("- Material Downloads: [All decks of the day](https://git.example.cn/meetup/03-chengdu)")]
    [InlineData("- Materials: [all decks](https://git.example.cn/meetup/03-chengdu)")]
    public void A_deck_collection_under_a_slides_label_is_the_event_s_slides_and_no_talk_of_its_own(string line)
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup 成都站回顾\"\ndate: 2030-05-09",
            $"5 月 9 日 14:00，示例 Meetup 成都站开场，18:00 圆满结束。\n\n## PPT 分享\n\n{line}\n"));

        page.Event!.SlidesUrl.Should().Be("https://git.example.cn/meetup/03-chengdu");
        page.Event.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_meeting_page_gives_its_join_link_as_the_live_room_and_its_agenda_of_handles_speaking_of_titles_as_talks()
    {
        var page = Pages.Parse("# 示例框架贡献者俱乐部 第三十二次会议\n\n- 本次会议时间：2030/12/14 19:00-20:00 (GMT+08:00) 中国标准时间 - 北京\n\n"
            + "- 本次会议接入方式：\n\n  - 腾讯会议：\n  - 会议密码：\\*\\*\\*\\*（群内通知）\n  - [点击链接入会](https://meeting.tencent.com/dm/abc123)，或添加至会议列表\n\n"
            + "- 本次会议主席：方某某（[chair-one](https://github.com/chair-one)）\n\n## 会议议程\n\n1. 新人介绍：[NewOne](https://github.com/NewOne) (5 min)\n"
            + "2. [MarioL](https://github.com/MarioL) 讲解快乐开源活动《[新 IR Python API 适配升级](https://github.com/example/issues/1)》 (15 - 20 min)\n"
            + "3. [xingming](https://github.com/xingming) 讲解快乐开源活动《[算子推全和单测修复](https://github.com/example/issues/2)》 (15 - 20 min)\n"
            + "4. 成员自由发言与讨论（5 min）\n", "2030-12-14-meeting-agenda.md");

        var e = page.Event!;
        (e.Form, e.LiveUrl).Should().Be((EventForm.Online, "https://meeting.tencent.com/dm/abc123"));
        e.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "新 IR Python API 适配升级|MarioL", "算子推全和单测修复|xingming");
    }

    [Theory]
    [InlineData("https://maps.google.com/maps?q=13.03,80.26")]
    [InlineData("http://www.google.com/maps?q=12.99,80.24")]
    [InlineData("https://maps.app.goo.gl/abc123")]
    [InlineData("https://www.openstreetmap.org/#map=18/52.5/13.4")]
    public void A_map_link_under_a_location_label_shows_the_venue_and_makes_no_live_room(string map)
    {
        var e = Pages.Parse(Pages.With("title: \"March Meetup\"\ndate: 2030-03-20",
            $"## When\n\n23 March 2030, 15:00 - 18:00\n\n## Venue\n\nExample Hall, Chennai\n\nLocation Map:\n[{map}]({map})\n")).Event!;

        (e.Form, e.LiveUrl).Should().Be((EventForm.Offline, (string?)null));
    }

    [Theory]
    [InlineData("- 线上：飞书会议\n  - 与会链接：https://example.feishu.cn/calendar/share?token=abc")]
    [InlineData("- 线上：钉钉会议\n  - 入会地址：https://example.feishu.cn/calendar/share?token=abc")]
    [InlineData("- 飞书会议：https://example.feishu.cn/calendar/share?token=abc")]
    public void A_meeting_link_under_the_words_of_other_meeting_apps_is_the_live_room(string lines)
    {
        var e = Pages.Parse(Pages.With("title: \"第 4 次活动\"",
            $"## 时间\n\n2030 年 5 月 4 日 14:00 - 18:00\n\n## 地点及平台\n\n- 线下：大学生活动中心\n{lines}\n")).Event!;

        e.LiveUrl.Should().Be("https://example.feishu.cn/calendar/share?token=abc");
    }

    [Theory]
    [InlineData("Join the online meetup here: <https://example.zoom.us/j/986917941>. A video will be released on [our YouTube channel](https://www.youtube.com/examplechannel).",
        "https://example.zoom.us/j/986917941")]
    [InlineData("Join us online via [Google Meet](https://meet.google.com/abc-defg-hij) or read the [notes](https://example.org/notes).",
        "https://meet.google.com/abc-defg-hij")]
    public void A_sentence_about_joining_online_gives_its_meeting_room_among_other_links(string line, string room)
    {
        var e = Pages.Parse(Pages.With("title: \"Waffle Index Explorer\"\ndate: 2030-04-02\ntime: 6:30-8:30pm\naddress: Online Meeting", $"A talk about maps.\n\n{line}\n")).Event!;

        e.LiveUrl.Should().Be(room);
        e.Form.Should().Be(EventForm.Online);
    }

    [Theory]
    [InlineData("At 19:00 follow the [Zoom Meeting Invite](https://zoom.us/j/98642967897).")]
    [InlineData("Details are [here](https://zoom.us/j/98642967897), see you there.")]
    public void An_online_events_one_meeting_room_is_its_live_room_however_its_link_is_worded(string line)
    {
        var e = Pages.Parse(Pages.With("title: \"Rust and Tell\"\ndate: \"2030-04-28 19:00:00 +0200\"\nlocation: online", $"## Instructions\n\n{line}\n")).Event!;

        e.LiveUrl.Should().Be("https://zoom.us/j/98642967897");
    }

    [Fact]
    public void A_meeting_services_front_page_is_where_to_get_the_app_not_a_live_room()
    {
        var e = Pages.Parse(Pages.With("title: \"Rust and Tell\"\ndate: \"2030-04-28 19:00:00 +0200\"\nlocation: online",
            "## Instructions\n\nBefore the event please make sure you have [Zoom](https://zoom.us/) installed.\n")).Event!;

        e.LiveUrl.Should().BeNull();
    }

    [Fact]
    public void A_meeting_link_on_a_page_at_a_venue_is_no_live_room_unless_it_says_so()
    {
        var e = Pages.Parse(Pages.With("title: \"Rust and Tell\"\ndate: \"2030-04-28 19:00:00 +0200\"\nlocation: Example Hall, Berlin",
            "Our organisers meet [here](https://zoom.us/j/98642967897) the week before.\n")).Event!;

        e.LiveUrl.Should().BeNull();
    }

    [Theory]
    [InlineData("This hybrid meeting is at the Example Regional Library.", EventForm.Hybrid, true)]
    [InlineData("We meet both in-person and remotely, at the Example Regional Library.", EventForm.Hybrid, true)]
    [InlineData("We meet at the Example Regional Library.", EventForm.Offline, false)]
    public void A_hybrid_meetings_one_meeting_room_is_its_live_room(string line, EventForm form, bool streamed)
    {
        var e = Pages.Parse(Pages.With("title: \"Python in Excel\"\ndate: 2030-11-01", $"November 12, 2030, 6:30 PM.\n\n{line}\nFor online access, the Zoom info is:\n"
            + "https://us06web.zoom.us/j/2562166096?omn=83296397795\n")).Event!;

        (e.Form, e.LiveUrl).Should().Be((form, streamed ? "https://us06web.zoom.us/j/2562166096?omn=83296397795" : null));
    }
}
