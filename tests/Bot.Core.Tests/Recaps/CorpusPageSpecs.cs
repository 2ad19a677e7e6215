using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Page-level facts of real corpus pages, checked by hand against each page's text.</summary>
public sealed class CorpusPageSpecs
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static Event EventOf(string file)
    {
        var page = RecapParser.Parse(RepoPaths.CorpusPage(file), file);
        page.IsEvent.Should().BeTrue($"{file} is an event page");
        return page.Event!;
    }

    private static DateTimeOffset At(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, China);

    [Fact]
    public void Channel_1_reads_its_headless_summary()
    {
        var e = EventOf("zh-sofa-channel-1.md");

        (e.Id, e.Series, e.Number, e.Kind).Should().Be(("zh-sofa-channel-1", "SOFAChannel", 1, EventKind.LiveStream));
        // The end is the HTML agenda row 19:00-20:00: 活动时间 gives none.
        (e.Start, e.End, e.Form, e.Venue).Should().Be((At(2019, 1, 17, 19, 0), At(2019, 1, 17, 20, 0), EventForm.Online, null));
        (e.LiveUrl, e.ReplayUrl, e.RegistrationUrl).Should().Be(
            ("https://tech.antfin.com/community/live/148", "https://tech.antfin.com/community/live/148", null));
    }

    [Fact]
    public void Channel_5_reads_summary_paragraphs_under_an_h1()
    {
        var e = EventOf("zh-sofa-channel-5.md");

        // The end is the last agenda slot (**19:05-20:00 …**).
        (e.Series, e.Number, e.Start, e.End).Should().Be(("SOFAChannel", 5, At(2019, 5, 16, 19, 0), At(2019, 5, 16, 20, 0)));
        (e.LiveUrl, e.ReplayUrl, e.RegistrationUrl).Should().Be(
            ("https://tech.antfin.com/activities/552", null, "https://tech.antfin.com/activities/552"));
    }

    [Fact]
    public void Channel_8_prefers_its_summary_link_over_the_pasted_registration_link()
    {
        var e = EventOf("zh-sofa-channel-8.md");

        e.Start.Should().Be(At(2019, 8, 29, 19, 0));
        e.LiveUrl.Should().Be("https://tech.antfin.com/community/live/821");
        e.ReplayUrl.Should().Be("https://tech.antfin.com/community/live/821");
    }

    [Fact]
    public void Channel_10_rolls_into_2020()
    {
        var e = EventOf("zh-sofa-channel-10.md");

        (e.Series, e.Number, e.Start).Should().Be(("SOFAChannel", 10, At(2020, 1, 9, 19, 0)));
        e.ReplayUrl.Should().Be("https://tech.antfin.com/community/live/1076");
    }

    [Fact]
    public void Channel_34_takes_its_time_from_the_live_intro_lines()
    {
        var e = EventOf("zh-sofa-channel-34.md");

        (e.Series, e.Number, e.Start, e.End, e.Form).Should().Be(("SOFAChannel", 34, At(2023, 8, 9, 19, 0), At(2023, 8, 9, 20, 0), EventForm.Online));
        e.LiveUrl.Should().Be("https://www.bilibili.com/opus/825142485488500792?spm_id_from=444.41.0.0");
        e.ReplayUrl.Should().BeNull();
    }

    [Fact]
    public void Channel_35_has_the_bilibili_room_and_its_replay()
    {
        var e = EventOf("zh-sofa-channel-35.md");

        (e.Start, e.End).Should().Be((At(2023, 9, 7, 19, 0), At(2023, 9, 7, 20, 0)));
        (e.LiveUrl, e.ReplayUrl).Should().Be(("http://live.bilibili.com/21954520", "https://www.bilibili.com/video/BV1Uj41117Vz"));
        e.Slides.Should().ContainSingle().Which.Url.Should().Contain("SOFAChannel#35");
    }

    [Fact]
    public void Service_mesh_meetup_9_survives_the_repeated_time_label()
    {
        var e = EventOf("zh-service-mesh-meetup-9.md");

        (e.Series, e.Number, e.Kind, e.Form).Should().Be(("Service Mesh Meetup", 9, EventKind.Meetup, EventForm.Offline));
        (e.Start, e.End).Should().Be((At(2019, 12, 28, 13, 0), At(2019, 12, 28, 17, 30)));
        e.Venue.Should().Be("杭州西湖区紫霞路西溪谷G座8楼");
        e.ReplayUrl.Should().Be("https://tech.antfin.com/community/activities/1056?chInfo=sofa");
        e.LiveUrl.Should().BeNull();
    }

    [Fact]
    public void Meetup_7_reads_its_bold_body_labels()
    {
        var e = EventOf("zh-sofa-meetup-7.md");

        (e.Series, e.Number, e.Kind, e.Form).Should().Be(("SOFAMeetup", 6, EventKind.Meetup, EventForm.Offline));
        (e.Start, e.End).Should().Be((At(2021, 6, 19, 13, 0), At(2021, 6, 19, 17, 30)));
        e.Venue.Should().Be("北京海淀中关村创业大街 72 号拓荒族众创空间");
        (e.LiveUrl, e.RegistrationUrl).Should().Be((null, "http://hdxu.cn/Iq6Ef"));
    }

    [Fact]
    public void Meetup_14_has_its_morning_slot_and_four_decks()
    {
        var e = EventOf("zh-sofa-meetup-14.md");

        (e.Series, e.Number, e.Kind, e.Form).Should().Be((null, null, EventKind.Meetup, EventForm.Online));
        (e.Start, e.End).Should().Be((At(2022, 4, 1, 9, 30), At(2022, 4, 1, 12, 0)));
        e.Slides.Should().HaveCount(4).And.OnlyContain(s => s.Url.StartsWith("https://gw.alipayobjects.com/", StringComparison.Ordinal));
        (e.LiveUrl, e.ReplayUrl).Should().Be((null, null));
    }

    [Fact]
    public void Meetup_3_registration_is_not_a_live_room()
    {
        var e = EventOf("zh-sofa-meetup-3.md");

        (e.Series, e.Number, e.Start, e.Form).Should().Be(("SOFA Meetup", 3, At(2019, 8, 11, 13, 0), EventForm.Offline));
        (e.LiveUrl, e.RegistrationUrl).Should().Be((null, "https://tech.antfin.com/community/activities/779?chInfo=ss"));
    }

    [Fact]
    public void The_seventh_anniversary_is_an_offline_event_known_by_its_day_only()
    {
        var page = RecapParser.Parse(RepoPaths.CorpusPage("zh-sofastack-open-source-7th-anniversary-upcoming-events.md"), "7th.md");

        page.Event!.Kind.Should().Be(EventKind.Anniversary);
        page.Event.Form.Should().Be(EventForm.Offline);
        page.Event.Start.Should().Be(At(2025, 4, 26, 0, 0));
        page.Event.HasClockTime.Should().BeFalse();
        page.WarningCodes().Should().Contain("no-clock-time");
    }

    [Fact]
    public void The_english_workshop_reads_date_time_location_and_registration()
    {
        var e = EventOf("en-sofastack-cloud-native-workshop.md");

        (e.Kind, e.Form, e.Series).Should().Be((EventKind.Workshop, EventForm.Offline, null));
        (e.Start, e.End).Should().Be((At(2019, 6, 24, 9, 0), At(2019, 6, 24, 16, 0)));
        e.Venue.Should().Be("Shanghai Expo Centre Room 616");
        e.RegistrationUrl.Should().Be("https://www.lfasiallc.com/events/kubecon-cloudnativecon-china-2019/co-located-events/#sofastack-cloud-native-workshop");
    }

    [Fact]
    public void The_sixth_anniversary_is_hybrid_with_six_decks()
    {
        var e = EventOf("zh-sofa-6th-anniversary.md");

        (e.Kind, e.Form, e.Venue).Should().Be((EventKind.Anniversary, EventForm.Hybrid, null));
        (e.Start, e.End).Should().Be((At(2024, 4, 20, 13, 30), At(2024, 4, 20, 18, 0)));
        e.Slides.Should().HaveCount(6);
        e.Slides[0].Url.Should().Contain("Apache%20seata(inbucating)");
        e.ReplayUrl.Should().BeNull("the 现场回顾 link is a photo album");
    }

    [Fact]
    public void Channel_6_keeps_its_activity_date_and_warns_about_the_weekday()
    {
        var page = RecapParser.Parse(RepoPaths.CorpusPage("zh-sofa-channel-6.md"), "zh-sofa-channel-6.md");

        page.Event!.Start.Should().Be(At(2019, 6, 12, 19, 0));
        page.Diagnostics.Should().Contain(d => d.Code == "weekday-mismatch" && d.Line == 14);
    }

    [Fact]
    public void Both_copies_of_channel_32_share_series_and_number_and_warn_about_their_conflict()
    {
        var first = RecapParser.Parse(RepoPaths.CorpusPage("zh-sofa-channel-32.md"), "zh-sofa-channel-32.md");
        var second = RecapParser.Parse(RepoPaths.CorpusPage("zh-sofachannel-32.md"), "zh-sofachannel-32.md");

        first.Event!.SeriesLabel.Should().Be("SOFAChannel#32");
        second.Event!.SeriesLabel.Should().Be("SOFAChannel#32");
        first.Event.Start.Should().Be(At(2023, 2, 25, 19, 0));
        first.WarningCodes().Should().Contain(["weekday-mismatch", "date-conflict"]);
        second.WarningCodes().Should().Contain(["weekday-mismatch", "date-conflict"]);
        first.Event.Slides.Should().BeEmpty("the only slides link is a 待直播后更新 placeholder");
    }
}
