using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps.Structured;

/// <summary>Front matters that state the event, read through the one schema table.</summary>
public sealed class StructuredFactsSpecs
{
    private const string Talk = "### 一个议题\n\n讲师：张三\n";

    [Fact]
    public void A_wowchemy_event_takes_its_times_links_and_speakers_from_the_front_matter()
    {
        var page = Pages.Parse(Pages.With(
            "title: \"示例社区 meetup 第 3 期\"\nevent: \"示例社区 meetup\"\nevent_url: \"https://example.org/register\"\nlocation: 杭州\n" +
            "date: 2030-12-02T13:00:00+08:00\ndate_end: 2030-12-02T17:30:00+08:00\npublishDate: 2030-12-05T12:00:00+08:00\n" +
            "authors: [\"张三\", \"李四\"]\nurl_slides: 'https://example.org/slides/3'\nurl_video: 'https://example.org/video/3'",
            "一次线下活动。\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        var e = page.Event!;
        e.Start.Should().Be(new DateTimeOffset(2030, 12, 2, 13, 0, 0, TimeSpan.FromHours(8)));
        e.End.Should().Be(new DateTimeOffset(2030, 12, 2, 17, 30, 0, TimeSpan.FromHours(8)));
        (e.RegistrationUrl, e.SlidesUrl, e.ReplayUrl, e.Venue).Should().Be(
            ("https://example.org/register", "https://example.org/slides/3", "https://example.org/video/3", "杭州"));
    }

    [Theory]
    [InlineData("activity_time: \"2030-12-12 14:00\"\nactivity_end: \"2030-12-12 17:30\"")]
    [InlineData("活动时间: \"2030年12月12日 14:00-17:30\"")]
    [InlineData("start: \"Dec 12, 2030 2:00 PM - 5:30 PM\"")]
    [InlineData("eventStartTime: 2030-12-12T14:00:00+08:00\neventEndTime: 2030-12-12T17:30:00+08:00")]
    [InlineData("started_at: 2030-12-12 14:00:00\nended_at: 2030-12-12 17:30:00")]
    [InlineData("occurred_at: Thursday December 12th 2030, 14:00 to 17:30")]
    public void Other_schemas_keys_and_a_prose_date_in_a_time_key_give_the_events_times(string fields)
    {
        var e = Pages.Parse(Pages.With($"title: \"示例消息队列 Meetup 杭州站\"\ndate: 2030-11-25\n{fields}", "本次 Meetup 邀请嘉宾分享。\n\n" + Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 12, 12, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 12, 12, 17, 30, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("dateTime: 2030-08-24 17:30\nduration: 120")]
    [InlineData("dateTime: 2030-08-24 17:30\nduration: 2h")]
    [InlineData("start: 2030-08-24T17:30:00+08:00\nduration: PT2H")]
    [InlineData("start: 2030-08-24 17:30\nduration: 1h 60min")]
    [InlineData("Event-start: 2030-08-24 17:30\nEvent-duration: 120m")]
    [InlineData("start: 2030-08-24 17:30\n时长: 120分钟")]
    public void A_duration_beside_a_start_ends_the_event_that_long_after_it(string fields)
    {
        var e = Pages.Parse(Pages.With("title: Summer web meetup\n" + fields, "We meet at the usual place.\n\n" + Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 8, 24, 17, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 8, 24, 19, 30, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_duration_that_is_no_length_is_ignored_with_a_warning_naming_its_line()
    {
        var page = Pages.Parse(Pages.With("title: Summer web meetup\ndateTime: 2030-08-24 17:30\nduration: a while", Talk));

        page.Event!.End.Should().BeNull();
        page.Diagnostics.Should().ContainSingle(d => d.Code == "front-matter-duration").Which.Line.Should().Be(4);
    }

    [Theory]
    [InlineData("venue: \"<a href='https://example.org/'>示例企业公馆 (特区馆)</a>, 示例路 1 号\"")]
    [InlineData("venue:\n  address: |\n    <a href='https://example.org/' target='new'>示例企业公馆 (特区馆)</a>\n  street: 示例路 1 号")]
    public void A_venue_written_as_an_html_link_is_the_place_the_link_shows(string venue)
    {
        var e = Pages.Parse($"---\ntitle: 示例开发者大会\nstart: 2030-07-11T09:15:00+08:00\n{venue}\n---\n\n欢迎参加。\n").Event!;

        e.Venue.Should().Be("示例企业公馆 (特区馆), 示例路 1 号");
    }

    [Fact]
    public void A_speakers_title_that_reads_as_a_talk_names_the_talk_and_a_job_title_does_not()
    {
        var page = RecapParser.Parse("---\ntitle: Example JS July\ndate: 2030-07-18T17:00:00\nlocation: Example Hotel, Bredgade 37, Copenhagen\nspeakers:\n"
            + "  - title: Deciding on a frontend framework\n    name: Ana Lima\n  - title: Mythbusting around GraphQL\n    name: Ben Ode\n"
            + "  - title: Software Engineer at Example Corp\n    name: Chen Wei\n  - title: Principal Architect\n    name: Dana Kim\n---\n\nJoin us.\n",
            "2030-07-18-july.md", new RecapParserOptions("Europe/Copenhagen"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Deciding on a frontend framework", "Ana Lima"), ("Mythbusting around GraphQL", "Ben Ode"));
    }

    [Theory]
    [InlineData("Software Engineer at Example Corp", true)]
    [InlineData("Developer Advocate @ Example", true)]
    [InlineData("Principal Solution Architect, Acme", true)]
    [InlineData("Mythbusting around GraphQL", false)]
    [InlineData("Looking at GraphQL from the server side", false)]
    public void A_job_title_ends_in_a_job_noun_before_its_employer(string text, bool isJob) =>
        Bot.Core.Recaps.Speakers.NameRules.IsJobTitle(text).Should().Be(isJob);

    [Fact]
    public void A_when_field_is_the_events_start()
    {
        var page = RecapParser.Parse("---\ntitle: JavaScript on Microcontrollers\nwhen: 2030-04-16T19:30:00-05:00\nvenue: example-hall\n---\n\nCome and see.\n",
            "_meetups/2030-04-16-meetup.md", new RecapParserOptions("America/Chicago"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 4, 16, 19, 30, 0, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void An_end_date_beside_the_date_makes_the_date_the_events_start()
    {
        var page = RecapParser.Parse("---\ntitle: February Meetup\ndate: 2030-02-05T18:15:00\nendDate: 2030-02-05T20:45:00\nvenue: Example House, 30 Crown Rd\n---\n\nJoin us.\n",
            "feb.md", new RecapParserOptions("Europe/London"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 2, 5, 18, 15, 0, TimeSpan.Zero), new DateTimeOffset(2030, 2, 5, 20, 45, 0, TimeSpan.Zero)));
        page.WarningCodes().Should().NotContain("start-from-publish-date");
    }

    [Theory]
    [InlineData("+++\ntitle = \"Rust Paris Meetup\"\n[extra]\n  date = \"Wednesday, October 8, 2030\"\n  time = \"19:00–22:00\"\n  location = \"22 Rue Example, 75009 Paris\"\n+++\n")]
    [InlineData("---\ntitle: Rust Paris Meetup\nextra:\n  date: 2030-10-08\n  time: 19:00-22:00\n  location: 22 Rue Example, 75009 Paris\n---\n")]
    public void A_map_of_params_with_a_date_and_the_hours_under_time_gives_the_day_and_its_hours(string page)
    {
        var e = RecapParser.Parse(page, "meetup.md", new RecapParserOptions("Europe/Paris")).Event!;

        (e.Start, e.End, e.Venue).Should().Be((new DateTimeOffset(2030, 10, 8, 19, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2030, 10, 8, 22, 0, 0, TimeSpan.FromHours(2)), "22 Rue Example, 75009 Paris"));
    }

    [Theory]
    [InlineData("America/New_York", 2030, 5, 13, 18, -4)]
    [InlineData("Asia/Shanghai", 2030, 5, 14, 6, 8)]
    public void Front_matter_times_in_utc_are_told_on_the_communitys_clock_and_day(string zone, int year, int month, int day, int hour, int offset)
    {
        var page = "+++\ntitle = \"Socratic Seminar 52\"\ndate = 2030-05-13\n\n[extra]\nstart = \"2030-05-13T22:00:00Z\"\nend = \"2030-05-14T00:00:00Z\"\n"
            + "location = \"Example Hall, 100 Example Way, Durham\"\n+++\n\nWe start with introductions.\n";

        var e = RecapParser.Parse(page, "seminar.md", new RecapParserOptions(zone)).Event!;

        // As text: equal instants in other offsets are equal DateTimeOffsets.
        (e.Start!.Value.ToString("o"), e.End!.Value.ToString("o")).Should().Be((
            new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(offset)).ToString("o"),
            new DateTimeOffset(year, month, day, hour + 2, 0, 0, TimeSpan.FromHours(offset)).ToString("o")));
    }

    [Theory]
    [InlineData("lecturer: 'Yuto'", "Yuto")]
    [InlineData("instructor: Timothy", "Timothy")]
    [InlineData("authors: TechQuery", null)]
    public void A_club_lecture_named_by_name_is_one_session_given_by_its_lecturer_even_a_first_name_alone(string who, string? speaker)
    {
        var e = Pages.Parse("---\ndate: '2030-10-16'\nname: '這是替身攻擊！悠遊卡背後的 RFID 攻防'\n" + who + "\nlocation: 'A3-200'\n---\n\n這堂課介紹 RFID 的攻防。\n",
            "2030-10-16-rfid.md").Event!;

        e.Title.Should().Be("這是替身攻擊！悠遊卡背後的 RFID 攻防");
        e.Talks.SelectMany(t => t.Speakers).Select(p => p.Name).Should().Equal(speaker is null ? [] : [speaker]);
    }

    [Theory]
    [InlineData("event_location: Burger Place, 535 S Lake Ave, Pasadena", "Burger Place, 535 S Lake Ave, Pasadena")]
    [InlineData("room: Huxley 217", "Huxley 217")]
    [InlineData("eventVenue: Example Hall", "Example Hall")]
    public void A_venue_under_an_event_or_room_key_is_the_place_of_an_event_held_there(string field, string venue)
    {
        var e = Pages.Parse($"---\ntitle: Monthly meeting\nevent_date: 2030-07-10 19:00\n{field}\n---\n\nJoin us for dinner and presentations.\n").Event!;

        (e.Venue, e.Form).Should().Be((venue, EventForm.Offline));
    }

    [Fact]
    public void A_front_matter_only_event_page_gives_its_name_day_hour_form_and_agenda_from_its_own_keys()
    {
        var page = Pages.Parse("---\ntype: meetup\ncity: 在线\nhostDate: 2030-04-22\ntime: 21:00\ntopic: 流水线众生相\nlocation: Zoom\nspeakers:\n- surenpi\n"
            + "agenda:\n- time: 21:00 ～ 21:40\n  item: 流水线的两种写法\n- time: 21:40 ～ 22:00\n  item: 答疑\n---\n");

        page.Title.Should().Be("流水线众生相");
        page.WarningCodes().Should().NotContain("no-title");
        var e = page.Event!;
        (e.Start, e.Form, e.Venue).Should().Be((new DateTimeOffset(2030, 4, 22, 21, 0, 0, TimeSpan.FromHours(8)), EventForm.Online, null));
        e.Talks.Select(t => t.Title).Should().StartWith("流水线的两种写法");
    }

    [Fact]
    public void An_agenda_list_of_hours_and_items_times_a_day_only_start_and_leaves_sign_in_out()
    {
        var e = Pages.Parse("---\ntype: meetup\nhostDate: 2030-06-22\ntopic: 流水线工作坊\nlocation: 某区某路 56 号\nagenda:\n"
            + "- time: 13:30-14:00\n  item: 签到\n- time: 14:00-14:50\n  item: 流水线基础讲解\n- time: 17:00-17:30\n  item: 学习复盘\n---\n").Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 6, 22, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 6, 22, 17, 30, 0, TimeSpan.FromHours(8))));
        e.Talks.Select(t => t.Title).Should().Equal("流水线基础讲解", "学习复盘");
    }

    [Fact]
    public void A_clock_key_beside_a_plain_date_makes_that_date_the_events_day()
    {
        var e = Pages.Parse(Pages.With("title: \"示例边缘计算 Meetup 深圳站\"\ndate: 2030-12-19\ntime: \"14:00-17:00\"", Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 12, 19, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 12, 19, 17, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_clock_key_beside_a_date_with_an_hour_gives_that_day_its_own_hour()
    {
        var e = Pages.Parse(Pages.With("title: \"Meetup #63\"\ndate: 2030-03-25T09:15:00+02:00\ntime: \"18:00\"", Talk)).Event!;

        (e.Start, e.HasClockTime).Should().Be((new DateTimeOffset(2030, 3, 25, 18, 0, 0, TimeSpan.FromHours(8)), true));
    }

    [Fact]
    public void A_clock_key_that_holds_a_date_gives_the_events_day()
    {
        var e = Pages.Parse(Pages.With("title: \"示例数据库 Meetup\"\ntime: '2030/01/28'\ndate: '2029-12-01'", Talk)).Event!;

        (e.Start, e.HasClockTime).Should().Be((new DateTimeOffset(2030, 1, 28, 0, 0, 0, TimeSpan.FromHours(8)), false));
    }

    [Fact]
    public void A_bare_day_in_a_clock_key_yields_to_a_time_label_with_another_day_and_its_hours()
    {
        var e = Pages.Parse(Pages.With("title: \"示例俱乐部开放日讲座\"\ntime: 2030-10-02", "*   时间: 2030年10月11日 13:30-17:30 (CST)\n\n" + Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 10, 11, 13, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 10, 11, 17, 30, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("time: '2030/01/15-2030/01/16'")]
    [InlineData("start: 2030-01-15 ~ 2030-01-16")]
    public void Two_dates_in_one_time_value_are_the_first_and_the_last_day(string field)
    {
        var e = Pages.Parse(Pages.With("title: \"第十届示例数据库技术大会\"\n" + field, Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 1, 15, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 1, 16, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("label: '线上线下'\nlocation: '广州'", EventForm.Hybrid)]
    [InlineData("label: '线上'\nlocation: '成都'", EventForm.Online)]
    [InlineData("label: '线下'\nlocation: '长沙'", EventForm.Offline)]
    public void A_front_matter_value_that_is_only_a_form_word_gives_the_form_whatever_its_key(string fields, EventForm form)
    {
        var e = Pages.Parse(Pages.With("title: \"示例 Meetup\"\ntime: '2030/07/15'\n" + fields, Talk)).Event!;

        e.Form.Should().Be(form);
    }

    [Fact]
    public void A_time_key_whose_prose_names_no_dated_day_is_ignored_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2030-11-25\nstart: \"next week\"", "- 时间：2030 年 12 月 9 日 19:00\n\n" + Talk));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 12, 9, 19, 0, 0, TimeSpan.FromHours(8)));
        page.Diagnostics.Should().Contain(d => d.Code == "front-matter-time");
    }

    [Fact]
    public void A_plain_date_is_the_publish_date_unless_the_schema_marks_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2030-12-02T13:00:00+08:00", "## 活动信息\n\n- 时间：2030 年 12 月 9 日 19:00\n- 地点：杭州\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 12, 9, 19, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Where_front_matter_and_prose_disagree_the_front_matter_wins_and_both_values_are_reported()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\nstart: 2030-04-26 14:30\nend: 2030-04-26 18:00\naddress: 成都", "- 时间：2030 年 4 月 26 日 14:00\n\n" + Talk));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 4, 26, 14, 30, 0, TimeSpan.FromHours(8)));
        var conflict = page.Diagnostics.Should().ContainSingle(d => d.Code == "structured-prose-conflict").Subject;
        conflict.Message.Should().Contain("14:30").And.Contain("14:00");
        conflict.Line.Should().Be(3);
    }

    [Fact]
    public void Unpadded_hexo_times_are_local_to_the_configured_zone_and_links_come_from_the_links_map()
    {
        var page = Pages.Parse(Pages.With(
            "title: \"示例沙龙\"\nstart: 2030-4-20 14:00:00\nend: 2030-4-20 17:00:00\naddress: 成都\nlinks:\n  报名: https://example.org/signup\n  直播: https://example.org/live",
            Talk));

        var e = page.Event!;
        e.Start.Should().Be(new DateTimeOffset(2030, 4, 20, 14, 0, 0, TimeSpan.FromHours(8)));
        (e.RegistrationUrl, e.LiveUrl).Should().Be(("https://example.org/signup", "https://example.org/live"));
        e.Form.Should().Be(EventForm.Hybrid, "a venue and a live room make a hybrid event");
    }

    [Theory]
    [InlineData("https://live.bilibili.com/h5/22366478", "https://live.bilibili.com/h5/22366478")]
    [InlineData("https://example.zoom.us/j/91835587923", "https://example.zoom.us/j/91835587923")]
    [InlineData("./events/2030-07-09/live.html", null)]
    [InlineData("https://forms.example.org/signup", null)]
    public void A_generic_link_field_is_the_live_room_only_when_it_points_at_a_streaming_sites_live_room(string link, string? live)
    {
        var page = Pages.Parse("+++\ntime = \"2030.07.09\"\ntitle = \"线上直播(1)：示例项目是什么\"\nlocation = \"在线\"\n"
            + $"link = \"{link}\"\n+++\n", "2030-07-09-live.md");

        page.Event!.LiveUrl.Should().Be(live);
    }

    [Fact]
    public void Toml_front_matter_is_read_with_its_program_and_housekeeping_entries_are_not_talks()
    {
        var page = Pages.Parse(
            "+++\ntitle = \"Program\"\nprogram_elements = [\n" +
            "  { title = \"Breakfast\", type = \"custom\", start = 2030-02-21T08:00:00+01:00, end = 2030-02-21T09:00:00+01:00 },\n" +
            "  { title = \"Observability for everyone\", type = \"talk\", start = 2030-02-21T09:00:00+01:00, end = 2030-02-21T10:00:00+01:00, speakers = [\"Jane Doe\"] },\n" +
            "]\nstart = 2030-02-21T08:00:00+01:00\nend = 2030-02-22T18:00:00+01:00\n+++\n\nSee you there.\n",
            "program.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Title.Should().Be("Program");
        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 2, 21, 8, 0, 0, TimeSpan.FromHours(1)));
        page.Event.Talks.Should().ContainSingle().Which.Title.Should().Be("Observability for everyone");
        page.Event.Talks[0].Speakers.Select(s => s.Name).Should().Equal("Jane Doe");
    }

    [Fact]
    public void A_schedules_talk_items_are_given_by_their_author_and_its_event_items_are_not_talks()
    {
        var page = Pages.Parse(Pages.With("layout: meetup\ntitle: \"August 2030\"\ndate: 2030-08-25 18:00:00\nauthor: Site Editor\nvenue: \"Example Office\"\nschedule:\n"
            + "  - time: 18:15:00\n    type: event\n    title: \"Get some tasty tacos and drinks\"\n"
            + "  - time: 19:15:00\n    type: talk\n    title: \"Unleashing JavaScript with Electron\"\n    author: \"Mike\"\n"
            + "  - time: 19:30:00\n    type: talk\n    talk_title: \"What is serverless even?\"\n    author: \"Pam Selle\"\n", "See you there.\n"));

        page.Event!.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Unleashing JavaScript with Electron", "Mike"), ("What is serverless even?", "Pam Selle"));
    }

    [Theory]
    [InlineData("speakers:\n  - name: 张三\n    company: 示例公司\n    topic: 第一个议题\n  - name: Jane Doe\n    title: Engineer\n    topic: |\n      The second talk\n")]
    [InlineData("speakers:\n  vote:\n    button: 投票\n  speaker1:\n    name: 张三\n    topic: 第一个议题\n  speaker2:\n    name: Jane Doe\n    topic: The second talk\n")]
    public void Speakers_each_with_a_topic_give_a_talk_each_in_a_list_or_a_numbered_map(string speakers)
    {
        var page = Pages.Parse(Pages.With($"title: 示例开发者大会\ndate: 2030-07-11\n{speakers}", "两天的大会。\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("第一个议题", "张三"), ("The second talk", "Jane Doe"));
        page.WarningCodes().Should().NotContain("front-matter-talk");
    }

    [Fact]
    public void A_programme_written_as_a_numbered_map_is_read_as_a_list()
    {
        var page = Pages.Parse(Pages.With("title: Example Meetup\ndate: 2030-07-11\nsessions:\n  s1:\n    title: First talk\n    speaker: Jane Doe\n"
            + "  s2:\n    title: Second talk\n    speaker: John Roe\n", "See you there.\n"));

        page.Event!.Talks.Select(t => t.Title).Should().Equal("First talk", "Second talk");
    }

    [Fact]
    public void A_speaker_written_as_a_link_to_their_profile_is_named_by_the_links_text()
    {
        var page = Pages.Parse(Pages.With("title: \"March Meetup\"\ndate: 2030-03-19T19:00:00Z\ntalks:\n"
            + "  - title: \"Google Cloud 101\"\n    speakers:\n      - \"[Jane Doe](https://twitter.com/janedoe)\"\n      - \"John Roe\"\n", "See you there.\n"));

        page.Event!.Talks.Single().Speakers.Select(s => s.Name).Should().Equal("Jane Doe", "John Roe");
    }

    [Fact]
    public void A_talks_person_slug_is_shown_as_the_name_it_spells()
    {
        var page = Pages.Parse(Pages.With("title: \"Meetup #56\"\ndate: 2030-01-29\ntime: \"18:00\"\ntalks:\n"
            + "  - speaker_id: \"kamil-kucharski\"\n    talk_title: \"Detektyw w świecie Pythona\"\n"
            + "  - speaker_id: \"jane-doe-2\"\n    talk_title: \"Logging adventures\"\n", "See you there.\n"));

        page.Event!.Talks.Select(t => string.Join(",", t.Speakers.Select(s => s.Name))).Should().Equal("Kamil Kucharski", "Jane Doe");
    }

    [Fact]
    public void A_talk_titled_like_a_slug_beside_its_speaker_is_a_talk_and_an_open_slot_is_none()
    {
        var page = Pages.Parse(Pages.With("title: \"Rust and Tell\"\ndate: \"2023-04-04 18:00:00 +0800\"\nlocation: Example Hall\ntalks:\n"
            + "- title: \"autometrics-rs\"\n  speaker:\n    name: Evan Schwartz\n"
            + "- title: OPEN SLOT\n  speaker:\n    name: TBD\n"
            + "- title: \"Learnings from four years\"\n  speaker:\n    name: Bastian Gruber\n", "See you there.\n"));

        page.Event!.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "autometrics-rs|Evan Schwartz", "Learnings from four years|Bastian Gruber");
    }

    [Fact]
    public void A_community_call_held_by_teleconference_is_online()
    {
        var page = Pages.Parse(Pages.With("title: \"Reproducible Research with R\"\ndateStart: 2030-07-30T09:00:00\n"
            + "location: Community call (teleconference)", "Ben Marwick on research compendia.\n"));

        page.Event!.Form.Should().Be(EventForm.Online);
    }

    [Fact]
    public void A_time_field_listing_two_times_gives_the_start_and_the_end_and_an_online_field_listing_a_room_gives_the_live_room()
    {
        var page = Pages.Parse(Pages.With("title: 示例动手工作坊\nenroll: [\"2030-09-01T00:00:00+08:00\", \"2030-09-20T23:59:59+08:00\"]\n"
            + "during: [\"2030-11-08T09:30:00+08:00\", \"2030-11-08T17:00:00+08:00\"]\nvenue: 线上\nonline:\n  - [\"示例会议\", \"https://meeting.example.com/42\"]",
            "欢迎参加。\n"));

        var e = page.Event!;
        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 11, 8, 9, 30, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 11, 8, 17, 0, 0, TimeSpan.FromHours(8))));
        (e.Form, e.LiveUrl).Should().Be((EventForm.Online, "https://meeting.example.com/42"));
    }

    [Fact]
    public void A_start_date_with_clock_only_start_and_end_times_gives_both_hours_without_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"Golang Meetup - Aug 2030\"\nvenue: \"Example Space\"\nstartDate: \"2030-08-21\"\nstartTime: \"19:00\"\nendTime: \"21:00\"",
            "Hello Gophers!\n"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 8, 21, 19, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 8, 21, 21, 0, 0, TimeSpan.FromHours(8))));
        page.WarningCodes().Should().NotContain("front-matter-time");
    }

    [Fact]
    public void Our_recommended_front_matter_gives_every_fact_with_real_names_and_their_aliases()
    {
        var page = Pages.Parse(Pages.With(RecommendedFrontMatter, "正文可以自由书写。\n"));

        page.Diagnostics.Where(d => d.Severity >= Bot.Core.Recaps.Severity.Warning).Should().BeEmpty();
        var e = page.Event!;
        e.Start.Should().Be(new DateTimeOffset(2030, 12, 10, 19, 0, 0, TimeSpan.FromHours(8)));
        e.End.Should().Be(new DateTimeOffset(2030, 12, 10, 20, 30, 0, TimeSpan.FromHours(8)));
        (e.Form, e.LiveUrl, e.SlidesUrl).Should().Be((EventForm.Online, "https://example.org/live/40", "https://example.org/slides/40.zip"));
        var talk = e.Talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("示例议题");
        talk.Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new Speaker("黄挺", ["鲁直"], "示例公司"));
        talk.SlidesUrl.Should().Be("https://example.org/slides/40-1.pdf");
    }

    [Theory]
    [InlineData("start: 2030-12-10T25:00:00+08:00", "impossible-time")]
    [InlineData("start: next tuesday", "front-matter-time")]
    [InlineData("timezone: Mars/Olympus", "front-matter-zone")]
    [InlineData("live: ftp://example.org/live", "front-matter-url")]
    public void A_structured_value_that_cannot_be_used_is_reported_with_its_key_line(string line, string code)
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2030-12-01T10:00:00+08:00\n" + line, "- 时间：2030 年 12 月 10 日 19:00\n\n" + Talk));

        page.Diagnostics.Should().Contain(d => d.Code == code && d.Line == 4);
    }

    [Theory]
    [InlineData("PDT", -7, 0)]
    [InlineData("BST", 1, 0)]
    [InlineData("CEST", 2, 0)]
    [InlineData("UTC+9", 9, 0)]
    [InlineData("UTC -7", -7, 0)]
    [InlineData("GMT + 8", 8, 0)]
    [InlineData("IST", 5, 30)]
    [InlineData("PT", -7, 0)]
    public void A_zone_abbreviation_in_the_front_matter_gives_the_offset_of_its_unzoned_times(string abbreviation, int hours, int minutes)
    {
        var page = Pages.Parse(Pages.With($"title: \"Example Office Hours\"\nstart: 2030-06-24T11:00:00\ntimezone: {abbreviation}", "- 时间：2030 年 6 月 24 日 11:00-12:00\n\n" + Talk));

        var e = page.Event!;
        var offset = new TimeSpan(hours, minutes, 0);
        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 6, 24, 11, 0, 0, offset), new DateTimeOffset(2030, 6, 24, 12, 0, 0, offset)));
        page.WarningCodes().Should().NotContain("front-matter-zone");
    }

    [Fact]
    public void A_zone_abbreviation_becomes_an_id_the_rest_of_the_bot_finds()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Office Hours\"\nstart: 2030-06-24T11:00:00\ntimezone: PDT", Talk)).Event!;

        TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZoneId, out var zone).Should().BeTrue(e.TimeZoneId);
        zone!.GetUtcOffset(new DateTime(2030, 1, 1)).Should().Be(TimeSpan.FromHours(-7));
    }

    [Fact]
    public void An_ambiguous_zone_abbreviation_takes_its_common_reading_and_says_so_when_that_is_not_the_sites_own_offset()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\nstart: 2030-06-24T20:00:00\ntimezone: IST", Talk));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 24, 20, 0, 0, new TimeSpan(5, 30, 0)));
        page.Diagnostics.Should().Contain(d => d.Code == "zone-ambiguous" && d.Line == 4);
    }

    [Fact]
    public void China_Standard_Time_on_a_site_in_that_zone_is_read_without_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\nstart: 2030-06-24T20:00:00\ntimezone: CST", Talk));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 24, 20, 0, 0, TimeSpan.FromHours(8)));
        page.Diagnostics.Should().NotContain(d => d.Code == "zone-ambiguous");
    }

    [Fact]
    public void An_end_in_the_year_before_the_start_is_read_in_the_start_year_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\nevent: \"示例\"\ndate: 2030-08-19T13:00:00+08:00\ndate_end: 2029-08-19T17:30:00+08:00", Talk));

        page.Event!.End.Should().Be(new DateTimeOffset(2030, 8, 19, 17, 30, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("end-before-start");
    }

    [Theory]
    [InlineData("eventDate: 2030-06-23\neventEndDate: 2030-06-23", "- 时间：6 月 23 日（星期日）晚 8 点 - 9 点")]
    [InlineData("eventDate: 2030-06-23\neventEndDate: 2030-06-23", "- 时间：2030 年 6 月 23 日晚上 8:00 到 9:00")]
    [InlineData("start: 2030-06-23T20:00:00+08:00\nend: 2030-06-23T08:00:00+08:00", "- 时间：2030 年 6 月 23 日 20:00-21:00")]
    public void A_front_matter_end_that_gives_no_usable_hour_leaves_the_end_to_the_prose(string fields, string prose)
    {
        var e = Pages.Parse(Pages.With($"title: \"示例大咖说第 4 期\"\ndate: 2030-06-18\n{fields}", prose + "\n\n" + Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 6, 23, 20, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 6, 23, 21, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_front_matter_end_on_a_later_day_without_an_hour_ends_with_that_day()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Mesh Week 2030\"\ndate: 2030-01-20\neventDate: 2030-02-22\neventEndDate: 2030-02-26", Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 2, 22, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 2, 26, 23, 59, 59, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_front_matter_end_without_a_start_key_ends_the_event_the_prose_starts()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Observability Day 2030\"\ndate: 2030-04-20\nendDate: 2030-06-12T18:00:00", "## Date\n\nJune 12th, 09:00\n\n" + Talk)).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 6, 12, 9, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 6, 12, 18, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void A_front_matter_end_before_the_start_the_prose_gives_leaves_the_prose_end()
    {
        var e = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2030-04-20\nendDate: 2030-06-12", "- 时间：2030 年 6 月 12 日 14:00-17:00\n\n" + Talk)).Event!;

        e.End.Should().Be(new DateTimeOffset(2030, 6, 12, 17, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_draft_is_not_served()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Talk\"\ndraft: true\nevent: \"Conference\"\ndate: \"2030-06-01T13:00:00Z\"", Talk));

        (page.Kind, page.IsEvent).Should().Be((PageKind.Draft, false));
        page.Reason.Should().Contain("draft");
    }

    [Theory]
    [InlineData("+++\n+++\n\nBody.\n")]
    [InlineData("+++\n+++")]
    [InlineData("+++\ntitle = \"Never closed\"\n")]
    [InlineData("+++\ntitle = [unclosed\n+++\n")]
    public void Empty_unclosed_or_broken_toml_front_matter_is_reported_never_thrown(string page)
    {
        var parsed = Pages.Parse(page);

        parsed.Diagnostics.Should().NotContain(d => d.Code == "parser-failure");
    }

    [Fact]
    public void A_page_whose_front_matter_names_one_presenter_and_a_video_is_that_talk_with_its_replay()
    {
        var e = Pages.Parse(Pages.With("title: \"Graph storage on an RPC framework in practice\"\ndate: \"2030-08-06T15:30:00\"\n"
            + "presenters: \"李磊\"\nspeechLink: \"https://www.youtube.com/embed/abcdefgh123\"",
            "Our graph database stores trillions of edges; this talk tells how its RPC layer was built.\n")).Event!;

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(("Graph storage on an RPC framework in practice", "李磊"));
        e.ReplayUrl.Should().Be("https://www.youtube.com/embed/abcdefgh123");
    }

    [Fact]
    public void A_meetups_list_of_speakers_in_front_matter_is_no_talk_of_its_own()
    {
        var e = Pages.Parse(Pages.With("title: \"示例社区 Meetup 第 12 期\"\ndate: 2030-08-06T14:00:00+08:00\nlocation: 成都\nspeakers: [\"张晓\", \"王青\", \"叶天\"]",
            "本期邀请三位讲师，议程稍后公布。\n")).Event!;

        e.Talks.Should().BeEmpty();
    }

    [Theory]
    [InlineData("In February we had a very exciting panel discussion by three software developers who all had very different career paths.")]
    [InlineData("本期是一场圆桌对话，三位开发者聊聊各自的职业道路。")]
    public void A_page_whose_front_matter_lists_several_speakers_and_whose_prose_says_panel_is_that_one_panel(string prose)
    {
        var e = Pages.Parse(Pages.With("title: \"Getting started in your Tech Career\"\ndate: \"2030-02-19\"\nspeakers:\n  - Eeva Example\n  - Kiti Example\n"
            + "  - Pauliina Example\nhost: Example Oy\ntype: \"event\"", prose + "\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Title.Should().Be("Getting started in your Tech Career");
        e.Talks[0].Speakers.Select(p => p.Name).Should().Equal("Eeva Example", "Kiti Example", "Pauliina Example");
    }

    [Theory]
    [InlineData("2030-05-16 6:30", "2030-05-16T18:30:00")]
    [InlineData("2030-05-16 06:30", "2030-05-16T06:30:00")]
    [InlineData("2030-05-16 9:30", "2030-05-16T09:30:00")]
    [InlineData("2030-05-16T6:30:00+08:00", "2030-05-16T06:30:00")]
    public void A_front_matter_hour_of_one_figure_between_one_and_six_is_the_evenings(string value, string local)
    {
        var e = Pages.Parse(Pages.With($"title: \"Example Devs Meetup\"\nevent-start: {value}\nevent-location: Example Hall", "See you there.\n")).Event!;

        e.Start!.Value.DateTime.ToString("s").Should().Be(local);
    }

    [Fact]
    public void Speakers_keyed_by_their_slugs_are_named_by_the_keys_and_give_their_talks()
    {
        var e = Pages.Parse(Pages.With("title: Example PubNight 2030\ndate: 2030-02-02T19:00:00Z\nvenue:\n  name: The Example Arms\nspeakers:\n"
            + "    brandon_example:\n        bio: \"Tired\"\n        talk: \"Whodunit: Solving the Open Source Murder\"\n    dylan_sample:\n"
            + "    lemon:\n        talk: A Conspiracy of the Illuminati\n    speaker3:\n        talk: Nobody named\n", "Details follow.\n")).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Whodunit: Solving the Open Source Murder", "Brandon Example"), ("A Conspiracy of the Illuminati", "lemon"));
    }

    [Fact]
    public void A_meetup_link_in_the_front_matter_is_where_to_register()
    {
        var page = Pages.Parse(Pages.With("date: \"2030-08-02\"\ntitle: \"Stratum V2: pooled mining\"\nmeetupLink: \"https://www.meetup.com/example/events/294889909/\"",
            "Tonight we are going to take a look at the Stratum V2 protocol!\n"));

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.RegistrationUrl.Should().Be("https://www.meetup.com/example/events/294889909/");
    }

    [Fact]
    public void A_talk_given_by_a_groups_members_names_no_speaker()
    {
        var e = Pages.Parse(Pages.With("title: \"Example Node #99: Lightning talks\"\ndate: \"2030-02-22\"\nvenue: example-hall\ntalks:\n"
            + "  - title: 'Lightning talks'\n    speaker:\n      - name: \"Example members\"\n  - title: 'RPC in Node'\n    speaker:\n      - name: 'Jane Example'",
            "<div>{{title}}</div>\n")).Event!;

        e.Talks.Select(t => t.Speakers.Count).Should().Equal(0, 1);
    }

    internal const string RecommendedFrontMatter = """
        title: "示例直播第 40 期"
        start: 2030-12-10T19:00:00+08:00
        end: 2030-12-10T20:30:00+08:00
        timezone: Asia/Shanghai
        online: true
        live: https://example.org/live/40
        slides: https://example.org/slides/40.zip
        talks:
          - title: 示例议题
            speakers:
              - name: 黄挺
                alias: 鲁直
                affiliation: 示例公司
            slides: https://example.org/slides/40-1.pdf
        """;

    [Fact]
    public void A_posts_hours_under_time_without_a_date_key_fall_on_the_day_of_its_path()
    {
        var e = RecapParser.Parse("---\ntitle: Testing code with Pytest\ntime: 6:30-8:30pm\naddress: Example Cooperative, 13 Example Place, Knoxville, TN\n---\n\n"
            + "This month we look at automated testing.\n", "_posts/2030-11-07-testing-pytest.md", new RecapParserOptions("America/New_York")).Event!;

        (e.Start, e.End).Should().Be((new DateTimeOffset(2030, 11, 7, 18, 30, 0, TimeSpan.FromHours(-5)), new DateTimeOffset(2030, 11, 7, 20, 30, 0, TimeSpan.FromHours(-5))));
    }

    [Theory]
    [InlineData("Event: 2030-05-14 7:30 pm to 9:00 pm", 19, 30, 21)]
    [InlineData("Event: 2030-05-14 10:30 am to 4:00 pm", 10, 30, 16)]
    public void A_pelican_event_key_that_holds_the_day_and_its_hours_is_the_events_time(string line, int hour, int minute, int endHour)
    {
        var page = RecapParser.Parse($"Title: OpenStack\nTags: general meeting\n{line}\nSpeaker: Jane Doe\nLocation: Example Media\n\nAn introduction to OpenStack.\n",
            "2030-05-14-openstack.md", new RecapParserOptions("America/Los_Angeles"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 5, 14, hour, minute, 0, TimeSpan.FromHours(-7)), new DateTimeOffset(2030, 5, 14, endHour, 0, 0, TimeSpan.FromHours(-7))));
        page.WarningCodes().Should().NotContain("front-matter-time");
    }

    [Fact]
    public void An_event_key_that_names_the_event_is_no_time_and_no_warning()
    {
        var page = RecapParser.Parse("---\ntitle: Example Summit talk\ndate: 2030-05-14\nevent: Example Summit 2030\n---\n\nMy talk at the summit.\n", "talk.md");

        page.WarningCodes().Should().NotContain("front-matter-time");
    }
}
