using Bot.Core.Events;
using Bot.Core.Recaps;
using Bot.Core.Recaps.Dates;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages (Recaps/Probe/p43–p55) in the ways Chinese and English community pages write WHEN: dotted
/// dates and their short ranges, spoken hours, bare hour ranges, a month and day before a weekday. Invented communities,
/// people and dates; each spec states what a person reading the page would label.</summary>
public sealed class DateShapeProbeSpecs
{
    [Fact]
    public void A_dotted_date_range_whose_end_gives_month_and_day_runs_over_both_days()
    {
        var e = Event("p43-dotted-date-range.md");

        (e.Start, e.End, e.Venue).Should().Be((At(2026, 7, 11, 9, 30), At(2026, 7, 12, 17, 0), "青岛市崂山区海尔路 61 号 3 楼报告厅"));
    }

    [Fact]
    public void A_dotted_date_range_whose_end_gives_the_day_alone_ends_on_that_day()
    {
        var e = Event("p55-dotted-day-only-range.md");

        e.Start.Should().Be(At(2026, 9, 12, 9, 30));
        e.End!.Value.Date.Should().Be(new DateTime(2026, 9, 13));
    }

    [Fact]
    public void A_month_dot_day_before_a_weekday_is_a_date_in_the_publish_year()
    {
        var e = Event("p45-month-dot-day-weekday-afternoon.md");

        e.Start.Should().Be(At(2026, 7, 11, 14, 0));
    }

    [Fact]
    public void Two_bare_hours_sharing_one_dian_after_an_afternoon_word_are_the_events_hours()
    {
        var e = Event("p48-hour-range-meridiem.md");

        (e.Start, e.End).Should().Be((At(2026, 7, 25, 14, 0), At(2026, 7, 25, 17, 0)));
    }

    [Theory]
    [InlineData("2026 年 7 月 18 日（周六）下午两点半", "14:30", null)]
    [InlineData("7 月 18 日 晚上十点一刻", "22:15", null)]
    [InlineData("7 月 18 日 上午十一点至十二点", "11:00", "12:00")]
    [InlineData("7 月 18 日 下午 2-5 点", "14:00", "17:00")]
    [InlineData("7 月 18 日 14点30分", "14:30", null)]
    public void Spoken_hours_and_bare_hour_ranges_are_clock_times(string text, string start, string? end)
    {
        var found = DateTimeScanner.FindDate(text)!;

        (found.Start, found.End).Should().Be((TimeOnly.Parse(start), end is null ? (TimeOnly?)null : TimeOnly.Parse(end)));
    }

    [Theory]
    [InlineData("2026.7.11-7.12", 7, 12)]
    [InlineData("2026/7/11~12（周六、周日）", 7, 12)]
    [InlineData("2026.7.30-8.2 09:00", 8, 2)]
    public void A_numeric_date_range_written_short_ends_on_its_last_day(string text, int month, int day)
    {
        DateTimeScanner.FindDate(text)!.EndDate.Should().Be(((int?)2026, month, day));
    }

    [Theory]
    [InlineData("2026.7.11-12:00")]
    [InlineData("2026.7.11 - 12 点")]
    [InlineData("2026.7.11-7.10")]
    [InlineData("2026-07-11-13:00")]
    public void A_number_after_a_numeric_date_that_is_a_time_or_earlier_is_no_end_date(string text)
    {
        DateTimeScanner.FindDate(text)!.EndDate.Should().BeNull();
    }

    [Theory]
    [InlineData("升级到 v1.12（周六发布）")]
    [InlineData("版本 2.7.11 周六发布")]
    [InlineData("增长 3.5 周")]
    public void A_dotted_number_without_a_weekday_after_it_or_inside_a_version_is_no_date(string text)
    {
        DateTimeScanner.FindDate(text).Should().BeNull();
    }

    [Theory]
    [InlineData("时间：12/19 下午 2:00–5:30", 12, 19, "14:00", "17:30")]
    [InlineData("Date: 3/7, 19:00 - 20:30", 3, 7, "19:00", "20:30")]
    [InlineData("7.11 14:00 开始", 7, 11, "14:00", null)]
    public void A_month_and_day_without_a_year_followed_by_its_hours_is_a_date(string text, int month, int day, string start, string? end)
    {
        var date = DateTimeScanner.FindDate(text)!;

        (date.Year, date.Month, date.Day).Should().Be(((int?)null, month, day));
        (date.Start, date.End).Should().Be((TimeOnly.Parse(start), end is null ? (TimeOnly?)null : TimeOnly.Parse(end)));
    }

    [Theory]
    [InlineData("占比 1/3 左右")]
    [InlineData("评分 4.5 分")]
    [InlineData("第 2/10 页")]
    public void A_fraction_or_a_decimal_without_a_weekday_or_hours_after_it_is_no_date(string text)
    {
        DateTimeScanner.FindDate(text).Should().BeNull();
    }

    [Fact]
    public void A_zero_padded_dotted_date_with_its_hours_dates_a_meetup_that_says_it_is_held_on_site()
    {
        var e = Event("p44-dotted-date-offline-sentence.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 7, 11, 14, 0), At(2026, 7, 11, 17, 0), EventForm.Offline));
        TalkLines(e).Should().Equal("日志采集的成本控制|严秋白", "用 OpenTelemetry 串起前后端|乔晚晴", "告警降噪的三种做法|曲映川");
    }

    [Fact]
    public void A_live_stream_from_eight_to_half_past_nine_in_the_evening_spoken_in_words()
    {
        var e = Event("p46-spoken-times.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be((At(2026, 7, 15, 20, 0), At(2026, 7, 15, 21, 30), EventForm.Online, "https://live.example.cn/room/556677"));
        TalkLines(e).Should().Equal("调度器的公平性与抢占|韦青禾");
    }

    [Fact]
    public void A_sentence_saying_the_event_is_held_both_on_site_and_streamed_makes_it_hybrid_with_its_live_room()
    {
        var e = Event("p53-hybrid-sentence.md");

        (e.Form, e.Venue, e.LiveUrl).Should().Be((EventForm.Hybrid, "武汉市洪山区珞喻路 1037 号", "https://live.example.cn/yunque/open-day"));
    }

    [Fact]
    public void A_venue_naming_both_forms_with_the_place_in_brackets_is_a_hybrid_event_at_that_place()
    {
        var e = Event("p50-slash-fullwidth-tilde-gmt8.md");

        (e.Start, e.End).Should().Be((At(2026, 8, 8, 14, 0), At(2026, 8, 8, 17, 0)));
        (e.Form, e.Venue, e.LiveUrl).Should().Be((EventForm.Hybrid, "苏州市工业园区星湖街 328 号", "https://live.example.cn/yunzhou/21"));
    }

    [Fact]
    public void A_sentence_saying_the_event_is_held_on_site_makes_it_offline_even_where_it_denies_a_stream()
    {
        Event("p45-month-dot-day-weekday-afternoon.md").Form.Should().Be(EventForm.Offline);
        Event("p55-dotted-day-only-range.md").Form.Should().Be(EventForm.Offline);
    }

    [Theory]
    [InlineData("本次活动采用线上直播形式，欢迎收看。", EventForm.Online)]
    [InlineData("本次为线下交流会，不提供直播。", EventForm.Offline)]
    [InlineData("本期线上报名已截止。", EventForm.Unknown)]
    [InlineData("欢迎大家来线下交流。", EventForm.Unknown)]
    public void Only_a_clause_about_this_event_that_names_a_form_without_denying_it_states_the_form(string sentence, EventForm form)
    {
        var page = $"---\ntitle: 某社区沙龙\n---\n{sentence}\n\n时间：2026 年 9 月 5 日 14:00-17:00\n";

        RecapParser.Parse(page, "form.md").Event!.Form.Should().Be(form);
    }

    [Fact]
    public void A_roundtable_line_is_a_talk_given_by_its_guests_and_not_its_host()
    {
        var e = Event("p47-spoken-half-hour-roundtable.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 7, 18, 14, 30), At(2026, 7, 18, 16, 40), EventForm.Offline));
        TalkLines(e).Should().Equal(
            "消息队列的分层存储|芮知秋", "网关插件的热加载|邝新雨", "圆桌讨论：中小团队如何做平台工程|芮知秋,邝新雨,卓远山");
    }

    [Fact]
    public void English_agenda_slots_with_a_meridiem_on_both_ends_are_taken_off_the_talk_titles()
    {
        var e = Event("p54-en-gmt8-weekday-range.md");

        (e.Start, e.End).Should().Be((At(2026, 9, 5, 14, 0), At(2026, 9, 5, 17, 0)));
        TalkLines(e).Take(2).Should().Equal("Running Postgres on Kubernetes without regrets|Wing Lam", "Cost reports engineers actually read|Priya Sethi");
        (e.Talks[1].Slot!.Start, e.Talks[1].Slot!.End).Should().Be((new TimeOnly(14, 50), (TimeOnly?)new TimeOnly(15, 30)));
    }

    [Theory]
    [InlineData("2:00 PM - 2:40 PM: title", "14:00", "14:40")]
    [InlineData("2:00 - 2:40 pm title", "14:00", "14:40")]
    [InlineData("11:30 - 12:15 PM title", "11:30", "12:15")]
    [InlineData("10:30 am - 12:00 pm title", "10:30", "12:00")]
    [InlineData("14:00-14:40 Amazing talk", "14:00", "14:40")]
    public void An_agenda_slot_reads_an_English_meridiem_after_its_times(string line, string start, string end)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out var slot, out _, out _).Should().BeTrue();
        (slot.Start, slot.End).Should().Be((TimeOnly.Parse(start), (TimeOnly?)TimeOnly.Parse(end)));
    }

    [Theory]
    [InlineData("主持：骆清和；嘉宾：芮知秋、邝新雨", "芮知秋,邝新雨")]
    [InlineData("主持人: 骆清和; 嘉宾: 芮知秋", "芮知秋")]
    [InlineData("Host: Ken Ho; Panelists: Wing Lam, Priya Sethi", "Wing Lam,Priya Sethi")]
    [InlineData("芮知秋；邝新雨", "芮知秋,邝新雨")]
    public void The_host_part_of_a_panels_people_line_names_no_speaker(string line, string speakers)
    {
        string.Join(',', Bot.Core.Recaps.Talks.SpeakerLine.People(line).Select(p => p.Name)).Should().Be(speakers);
    }
}
