using Bot.Core.Events;
using Bot.Core.Recaps;
using Bot.Core.Recaps.Dates;
using Bot.Core.Recaps.Outline;

namespace Bot.Core.Tests.Recaps;

public sealed class EventTimeSpecs
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void The_evening_word_turns_seven_into_nineteen() =>
        Pages.ChannelPage("5 月 20 日周四晚 7 点").Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 20, 19, 0, 0, China));

    [Fact]
    public void The_evening_word_leaves_nineteen_alone() =>
        Pages.ChannelPage("05 月 19 日周三晚 19 点").Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 19, 19, 0, 0, China));

    [Fact]
    public void The_afternoon_word_leaves_thirteen_alone() =>
        Pages.ChannelPage("5 月 23 日周日下午 13 点").Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 23, 13, 0, 0, China));

    [Theory]
    [InlineData("2018 年 9 月 15 日下午，活动在西校区 3C103 教室成功举办。", "2018-09-15")]
    [InlineData("2018年9月5日下午六点，示例开源社区在东区计算机楼504举行了本学期的第五次活动。", "2018-09-05")]
    [InlineData("The meetup took place on September 5, 2018 in room 504.", "2018-09-05")]
    [InlineData("2018 年 9 月 15 日下午，我们将在西校区 3C103 教室举办软件自由日。", null)]
    public void A_line_that_tells_the_day_the_event_took_place_dates_an_account_published_weeks_later(string lead, string? day)
    {
        var page = Pages.Parse(Pages.With("title: \"2018 软件自由日\"\ndate: \"2018-09-26 18:56:58 +0800\"",
            lead + "\n\n马凯为大家介绍了《软件许可证简介》。\n"));

        (page.Event?.Start?.ToString("yyyy-MM-dd")).Should().Be(day);
    }

    [Fact]
    public void A_repeated_time_label_inside_the_value_is_harmless()
    {
        var page = Pages.ChannelPage("时间：2021 年 05 月 22 日（周六）13:00-17:30");

        page.Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 22, 13, 0, 0, China));
        page.Event.End.Should().Be(new DateTimeOffset(2021, 5, 22, 17, 30, 0, China));
    }

    [Fact]
    public void A_page_without_a_summary_takes_its_time_from_the_two_live_intro_lines()
    {
        var page = Pages.Parse(Pages.With("title: \"SOFAChannel#41《示例》——某社区\"\ndate: 2023-08-02T15:00:00+08:00",
            "## 直播介绍\n\n**《示例》**\n\n2023 年 8 月 9 日（周三）\n\n19：00 - 20：00\n\n**「嘉宾简介」**\n\n李四（花名：某某）\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2023, 8, 9, 19, 0, 0, China));
        page.Event.End.Should().Be(new DateTimeOffset(2023, 8, 9, 20, 0, 0, China));
        page.WarningCodes().Should().BeEmpty();
    }

    [Fact]
    public void A_year_missing_from_a_january_date_announced_in_december_rolls_over()
    {
        var page = Pages.ChannelPage("1 月 9 日周四晚 7 点", date: "2019-12-31T12:10:00+08:00");

        page.Event!.Start.Should().Be(new DateTimeOffset(2020, 1, 9, 19, 0, 0, China));
        page.WarningCodes().Should().NotContain(["year-guess", "weekday-mismatch", "date-conflict"]);
    }

    [Fact]
    public void A_weekday_that_does_not_match_the_date_warns_and_names_both()
    {
        var page = Pages.ChannelPage("06 月 12 日周四晚 7 点", date: "2019-06-05T10:00:00+08:00");

        page.Event!.Start.Should().Be(new DateTimeOffset(2019, 6, 12, 19, 0, 0, China));
        var warning = page.Diagnostics.Should().ContainSingle(d => d.Code == "weekday-mismatch").Subject;
        warning.Message.Should().Contain("周四").And.Contain("2019-06-12").And.Contain("周三");
        warning.Line.Should().Be(11); // the 活动时间 bullet
    }

    [Fact]
    public void A_description_that_disagrees_with_the_activity_time_warns_and_the_activity_time_wins()
    {
        var markdown = Pages.With("title: \"SOFAChannel#42：示例\"\ndate: 2022-07-20T15:00:00+08:00\ndescription: \"7 月 26 日周二晚 7 点，线上直播。\"",
            "## 概要\n\n- 活动时间：07 月 28 日，周四晚 19 点\n- 活动形式：线上直播\n");

        var page = Pages.Parse(markdown);

        page.Event!.Start.Should().Be(new DateTimeOffset(2022, 7, 28, 19, 0, 0, China));
        page.Diagnostics.Should().ContainSingle(d => d.Code == "date-conflict").Which.Message.Should().Contain("2022-07-28").And.Contain("2022-07-26");
    }

    [Fact]
    public void The_description_range_gives_the_end_when_the_activity_time_has_none()
    {
        var markdown = Pages.With("title: \"SOFAChannel#43：示例\"\ndate: 2022-05-20T15:00:00+08:00\ndescription: \"2022 年 5 月 26 日 19：00 - 20：00，线上直播。\"",
            "## 概要\n\n- 活动时间：05 月 26 日，周四晚 19 点\n- 活动形式：线上直播\n");

        Pages.Parse(markdown).Event!.End.Should().Be(new DateTimeOffset(2022, 5, 26, 20, 0, 0, China));
    }

    [Fact]
    public void Host_slots_before_the_advertised_time_do_not_move_the_start() =>
        Pages.ChannelPage("5 月 20 日周四晚 7 点", body: "## 议程\n\n### 18:50-19:00 主持人开场\n\nSOFAGirl 主持人\n\n### 19:00-20:00 示例直播的标题\n\n王五 某公司\n")
            .Event!.Start.Should().Be(new DateTimeOffset(2021, 5, 20, 19, 0, 0, China));

    [Fact]
    public void Workshop_date_and_time_labels_combine()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Workshop\"\ndate: 2019-06-04T10:20:00.000Z",
            "- Date: Monday, 24 June, 2019\n- Time: 9:00 – 16:00\n- Location: Expo Centre Room 1\n\n**9:20 - 10:10 Building things by Someone**\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2019, 6, 24, 9, 0, 0, China));
        page.Event.End.Should().Be(new DateTimeOffset(2019, 6, 24, 16, 0, 0, China));
        page.Event.Form.Should().Be(EventForm.Offline);
        page.Event.Venue.Should().Be("Expo Centre Room 1");
    }

    [Fact]
    public void The_end_comes_from_the_last_agenda_slot_only_when_nothing_else_gives_one()
    {
        var date = new DateOnly(2021, 5, 22);
        var source = new TimeSource("活动时间", new DateTimeText(2021, 5, 22, null, new TimeOnly(13, 0), null), 3, date);
        var talks = new[]
        {
            new Talk("甲", []) { Slot = new TimeSlot(new TimeOnly(13, 0), new TimeOnly(14, 0)) },
            new Talk("乙", []) { Slot = new TimeSlot(new TimeOnly(14, 0), new TimeOnly(15, 30)) },
        };
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

        var (_, end, _) = EventTimeResolver.Resolve([source], [], talks, zone, date, new DiagnosticBag("x.md"));
        var (_, endFromRange, _) = EventTimeResolver.Resolve(
            [source with { Text = source.Text with { End = new TimeOnly(17, 0) } }], [], talks, zone, date, new DiagnosticBag("x.md"));

        end.Should().Be(new DateTimeOffset(2021, 5, 22, 15, 30, 0, China));
        endFromRange.Should().Be(new DateTimeOffset(2021, 5, 22, 17, 0, 0, China));
    }

    [Theory]
    [InlineData(":")]
    [InlineData("：")]
    public void An_agenda_of_bare_hour_rows_gives_the_hours_of_a_day_only_the_description_names(string colon)
    {
        var agenda = $"# 日程\n\n## 上午\n\n09{colon}30-09{colon}50 开场致辞\n\n林一帆，示例公司\n\n10{colon}00-10{colon}40 示例议题一\n\n陈二，示例公司\n\n" +
            $"## 下午\n\n13{colon}30-14{colon}10 示例议题二\n\n张三，示例公司\n\n16{colon}25-17{colon}00 示例议题三\n\n李四，示例公司\n\n{{{{< bilibili BV1xx411c7aa >}}}}\n";

        var page = Pages.Parse(Pages.With("title: \"[视频] 示例社区 DevCon 2030\"\ndate: 2030-11-20\ndescription: \"2030年11月14日示例社区 DevCon 线下活动的视频\"", agenda));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 11, 14, 9, 30, 0, China), new DateTimeOffset(2030, 11, 14, 17, 0, 0, China)));
        page.WarningCodes().Should().NotContain("no-clock-time");
    }

    [Fact]
    public void One_bare_hour_row_or_a_dated_one_is_no_agenda_of_the_day()
    {
        PageLine Line(string text, int number) => new(text, [], number, null, false, false, true);

        Programme.UndatedRows(new LineDates([Line("09：30-09：50 开场致辞", 1), Line("时间：14：00", 2)])).Should().BeEmpty();
        Programme.UndatedRows(new LineDates([Line("09：30-09：50 开场致辞", 1), Line("2030 年 11 月 15 日 13:30-14:10 示例议题", 2)])).Should().BeEmpty();
        Programme.UndatedRows(new LineDates([Line("09：30-09：50 开场致辞", 1), Line("13：30-14：10 示例议题", 2)])).Should()
            .Equal(new TimeSlot(new TimeOnly(9, 30), new TimeOnly(9, 50)), new TimeSlot(new TimeOnly(13, 30), new TimeOnly(14, 10)));
    }

    [Fact]
    public void An_end_before_the_start_is_dropped_with_a_warning()
    {
        var page = Pages.ChannelPage("2021 年 05 月 22 日（周六）14:50-13:10");

        page.Event!.End.Should().BeNull();
        page.WarningCodes().Should().Contain("end-before-start");
    }

    [Fact]
    public void A_configured_zone_places_the_times_in_it()
    {
        var markdown = Pages.With("title: \"Meetup#3 Berlin\"\ndate: 2027-06-01T10:00:00+02:00", "## 概要\n\n- 活动时间：2027 年 06 月 12 日 18:00-20:00\n- 活动形式：线下活动\n- 活动地点：Somewhere 1\n");

        var page = RecapParser.Parse(markdown, "berlin.md", new RecapParserOptions("Europe/Berlin"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2027, 6, 12, 18, 0, 0, TimeSpan.FromHours(2)));
        page.Event.TimeZoneId.Should().Be("Europe/Berlin");
    }

    [Theory]
    [InlineData("DevOps 上海 Meetup 第 21 期 | 回顾", "2026-11-14")]
    [InlineData("DevOps 上海 Meetup 第 21 期", null)]
    public void A_recaps_prose_dates_its_event_weeks_before_publication_an_announcements_does_not(string title, string? expected)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2026-12-01",
            "感谢大家参加 11 月 14 日的 DevOps 上海 Meetup！\n\n- 《GitOps 落地三年》 讲师：马骏（携程）\n- 《平台工程的度量》 讲师：苏雨（小红书）\n"));

        (page.Event!.Start?.ToString("yyyy-MM-dd")).Should().Be(expected);
    }
    private const string LinkedDecks = "---\ntitle: 示例 Meetup·杭州站\ndescription: 示例 Meetup·杭州站,于12月21号在杭州某空间举办\n---\n\n### 分享嘉宾\n\n"
        + "- 季青(清铭) 《示例的过去、现在和未来》 [slides](https://example.org/slides/meetup/{0}%40hangzhou/a.pdf)\n"
        + "- 吴江《我与示例的开源之路》 [slides](https://example.org/slides/meetup/{1}%40hangzhou/b.pdf)\n";

    [Fact]
    public void Without_a_publish_date_the_year_the_events_links_are_filed_under_dates_it_with_a_warning()
    {
        var page = Pages.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, LinkedDecks, "201912", "2019-12"), "meetup-hangzhou.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2019, 12, 21, 0, 0, 0, China));
        page.WarningCodes().Should().Contain("year-from-links");
    }

    [Fact]
    public void Links_filed_under_different_years_date_nothing()
    {
        var page = Pages.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, LinkedDecks, "201912", "202003"), "meetup-hangzhou.md");

        page.Event?.Start.Should().BeNull();
        page.WarningCodes().Should().NotContain("year-from-links");
    }

    [Fact]
    public void A_page_whose_date_has_its_year_gets_no_warning_about_its_links_year()
    {
        var page = Pages.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, LinkedDecks, "201912", "201912").Replace("于12月21号", "于2019年12月21号"), "meetup-hangzhou.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2019, 12, 21, 0, 0, 0, China));
        page.WarningCodes().Should().NotContain("year-from-links");
    }

    [Fact]
    public void A_date_and_time_label_joined_by_a_slash_times_the_event_that_the_title_dates_and_a_talks_time_label_does_not_hide_it()
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Meetup -上海 2030.10.12\"",
            "**会议日期/时间**：2030 年 10 月 12 日，星期六，13:30 – 16:50\n\n**会议地址**：上海\n\n---\n**《示例之道》**\n\n**时间：** 13:30-14:30\n\n**主讲人：** 张三，某司工程师\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 10, 12, 13, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 12, 16, 50, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_schedule_label_with_a_date_times_the_event_over_a_bylines_publish_stamp()
    {
        var e = Pages.Parse(Pages.With("title: \"示例沙龙 第四期\"",
            "> By Example of Example.org\n> 2030-01-08 15:32:53\n\n## 活动安排\n\n* 主题：大话开源\n* 地点：示例科技园 2 楼会议大厅\n* 日程：2030/01/16 下午 2:00 ~ 5:00\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 1, 16, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 1, 16, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("The first talk will start at 20:00.", 20, 0)]
    [InlineData("The meeting starts at 7:30 pm, talks begin right after.", 19, 30)]
    [InlineData("活动将于 19:30 准时开始，欢迎参加。", 19, 30)]
    [InlineData("上午 9:00 到 12:00 是闭门会，14:00 开始公开分享。", 14, 0)]
    [InlineData("直播将在晚上 8 点开始。", 20, 0)]
    [InlineData("Please arrive a little early: the meeting will start at 19:00.", 19, 0)]
    [InlineData("Doors open at 6:30PM and we will try to start promptly at 7PM.", 19, 0)]
    [InlineData("2:30 分，活动正式开始，社区负责人先介绍了今年的日程安排、赞助本次活动的组织和闪电演讲的报名办法。之后由示例大学网络中心的张老师带来"
        + "《校园网络原理介绍》的讲座，讲座分校园网络简介、省教育科研网简介和 IPv6 应用三部分，讲座结束后很多同学积极提问，张老师也一一作答，"
        + "气氛非常热烈，大家都收获良多。随后协会副会长为大家介绍了软件许可证的基本知识，从自由软件运动讲到开源许可证的分类与选择，又讲了如何在自己的项目中正确地声明许可证，"
        + "同学们听得十分认真，提问也很踊跃。", 14, 30)]
    public void A_sentence_that_says_when_the_event_starts_gives_the_hour_of_a_date_written_alone(string sentence, int hour, int minute)
    {
        var e = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2030-04-01", $"### April 9, 2030\n\n{sentence}\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 4, 9, hour, minute, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("Returning to Example Coffee House on **April 9th, 2030**, we'll start the meeting in the conference room at **6:30pm**.", 18, 30)]
    [InlineData("We meet at the Example Hall on April 9, 2030 and will start at 7pm.", 19, 0)]
    [InlineData("On April 9, 2030 we kick off at 19:15 in the library.", 19, 15)]
    public void A_start_phrase_after_a_date_without_hours_on_the_same_line_gives_its_hour(string sentence, int hour, int minute)
    {
        var e = Pages.Parse(Pages.With("title: 'Meeting of the Minds #4'\ndate: 2030-03-21 20:53:00", $"{sentence}\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 4, 9, hour, minute, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("On April 9, 2030 registration starts at 5pm.")]
    [InlineData("We meet on April 9, 2030; the next one starts at 7pm on May 14, 2030.")]
    public void A_sign_in_hour_or_another_days_start_on_a_dated_line_is_not_its_hour(string sentence)
    {
        var e = Pages.Parse(Pages.With("title: 'Meeting of the Minds #4'\ndate: 2030-03-21 20:53:00", $"{sentence}\n")).Event!;

        e.Start!.Value.TimeOfDay.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("This Saturday, April 9, is Arduino Day.\n\nWe'll be at the space from 1pm to 7pm, so please join us.", 13, 19, 0)]
    [InlineData("Our next meetup is on Saturday, April 9.\n\n14:00 – 17:30 at the library, room 2.", 14, 17, 30)]
    [InlineData("下一次聚会在 4 月 9 日（周六）。\n\n下午 2 点到 5 点，地点在图书馆二楼。", 14, 17, 0)]
    public void A_range_of_hours_right_after_a_day_written_alone_is_that_days_hours(string prose, int from, int to, int toMinute)
    {
        var e = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2030-04-01", $"{prose}\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 4, 9, from, 0, 0, TimeSpan.FromHours(8)));
        e.End.Should().Be(new DateTimeOffset(2030, 4, 9, to, toMinute, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("Our next meetup is on Saturday, April 9.\n\nThe talk takes 45 minutes, from 13:00 at the earliest.")]
    [InlineData("Our next meetup is on Saturday, April 9.\n\nOn April 10 we meet again from 1pm to 7pm.")]
    public void A_single_hour_or_another_days_range_after_a_day_written_alone_is_not_its_hours(string prose)
    {
        var e = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2030-04-01", $"{prose}\n")).Event!;

        e.HasClockTime.Should().BeFalse();
        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 4, 9, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 4, 9, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("Our next meetup is on Saturday, May 16, 2026.", 16)]
    [InlineData("Our next meetup runs from May 16 to May 17, 2026.", 17)]
    public void A_day_without_hours_lasts_until_its_end_as_a_range_of_such_days_lasts_until_the_last_ones(string prose, int lastDay)
    {
        var e = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2026-05-01", $"{prose}\n")).Event!;

        (e.HasClockTime, e.End).Should().Be((false, new DateTimeOffset(2026, 5, lastDay, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_body_date_whole_weeks_before_the_date_front_matter_and_file_name_agree_on_is_a_leftover_of_the_last_session()
    {
        var page = Pages.Parse(Pages.With("title: \"第 64 期 Go 夜读\"\ndate: 2030-10-24T20:00:00+08:00", "- 时间：2030-10-17 20:00\n- 地点：线上直播\n"), "64-2030-10-24-go-night.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 10, 24, 20, 0, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("date-conflict");
    }

    [Fact]
    public void A_body_date_whole_weeks_after_the_publish_date_is_the_day_an_announcement_names()
    {
        var page = Pages.Parse(Pages.With("title: 'Arduino Day 2030'\ndate: '2030-03-16T10:12:42+08:00'",
            "On March 30th we will be hosting an Arduino Day event at the hackspace.\n\nThe event itself will begin at 10am.\n\nLocation: Example Hackspace, 1 Main Street\n"), "2030-03-16-arduino-day-2030.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 3, 30, 10, 0, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().NotContain("date-conflict");
    }

    [Fact]
    public void A_heading_of_the_titles_day_with_its_hour_times_the_day()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Devs Amsterdam, October 8th 2030\"",
            "It's time for another meeting! Drinks will be provided.\n\n### Tuesday, October 8th 2030 @ 7PM\n\nThe venue is at Example Hall, 12 Main Street.\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 10, 8, 19, 0, 0, TimeSpan.FromHours(8)));
        e.Talks.Should().BeEmpty("a heading that only says the day is no talk");
    }

    [Theory]
    [InlineData("- **Doors open:** 6:30PM\n- **Start (sharp):** 7:00PM\n- **End (sharp):** 9:00PM")]
    [InlineData("Start: 7:00PM\n\nEnd: 9:00PM")]
    public void Start_and_end_labels_with_a_remark_in_brackets_give_the_titles_day_its_hours(string labels)
    {
        var e = Pages.Parse(Pages.With("title: \"Example Devs Arnhem, September 18, 2030\"",
            $"### Friday, September 18th, 2030\n\nThe venue is at Jansbinnensingel 26, Arnhem.\n\n{labels}\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 9, 18, 19, 0, 0, TimeSpan.FromHours(8)));
        e.End.Should().Be(new DateTimeOffset(2030, 9, 18, 21, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Doors_opening_or_sign_in_hours_are_not_the_start()
    {
        var e = Pages.Parse(Pages.With("title: \"Chapter Meeting\"\ndate: 2030-04-01", "### April 9, 2030\n\nDoors open and registration starts at 18:00.\n")).Event!;

        e.Start.Should().Be(new DateTimeOffset(2030, 4, 9, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("活动时间 / Time")]
    [InlineData("Time｜活动时间")]
    public void A_time_heading_written_in_two_languages_times_the_day_the_title_dates(string heading)
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Hangzhou Meetup 2030-10-26\"",
            $"本次活动地点杭州。\n\n## {heading}\n\n- 2030年10月26日 周六下午2点-5点\n\n## 活动议程 / Program\n\n- 吴某 - 示例议题\n")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 10, 26, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 26, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_time_heading_s_date_line_takes_its_hours_from_the_next_line_of_the_section()
    {
        var e = RecapParser.Parse(Pages.With("title: \"March Meetup\"\ndate: 2030-03-20T00:00:00+05:30",
            "## Date & Time\n\n   * 23rd March (Saturday)\n   * 3:00pm to 6:00pm\n\n## Venue\n\nExample Hall, Chennai\n"), "march.md",
            new RecapParserOptions("Asia/Kolkata")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 3, 23, 15, 0, 0, TimeSpan.FromHours(5.5)), new DateTimeOffset(2030, 3, 23, 18, 0, 0, TimeSpan.FromHours(5.5))));
    }

    [Fact]
    public void A_page_written_in_traditional_characters_gives_its_time_place_and_speaker()
    {
        var e = RecapParser.Parse(Pages.With("title: 示例開源社區活動\ndate: 2030-10-01",
            "這個活動是為了讓大家了解我們的社區。\n\n# 具體信息\n\n時間：2030 年 10 月 27 日 早 9 时 30 分至下午 1 時\n地點：B103 教室\n主講者：示例開源社區成員 陳大文\n"),
            "event.md", new RecapParserOptions("Asia/Macau")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 10, 27, 9, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 27, 13, 0, 0, TimeSpan.FromHours(8))));
        e.Venue.Should().Be("B103 教室");
        e.Talks.Should().ContainSingle().Which.Speakers.Single().Name.Should().Be("陳大文");
    }

    [Fact]
    public void A_page_in_traditional_characters_gives_its_topic_as_the_talk_its_hours_in_dian_and_its_lecturer_section()
    {
        var e = RecapParser.Parse("# 活動資訊\n\n**主題**：從命名來提升專案品質\n\n**時間**：2030 年 5 月 23 日 下午 2 點 至 4 點\n\n"
            + "**地點**：某咖啡工場\n\n## 講師\n\n陳大文，某公司前端工程師\n", "info.md", new RecapParserOptions("Asia/Taipei")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 5, 23, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 5, 23, 16, 0, 0, TimeSpan.FromHours(8))));
        e.Talks.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Title = "從命名來提升專案品質" });
        e.Talks[0].Speakers.Single().Name.Should().Be("陳大文");
    }
}
