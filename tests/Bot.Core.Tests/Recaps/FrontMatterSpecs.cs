using Bot.Core.Events;
using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

public sealed class FrontMatterSpecs
{
    private const string Summary = "## 概要\n\n- 活动主题：示例\n- 活动时间：2022 年 04 月 01 日（周五）09:30-12:00\n- 活动形式：线上直播\n";

    [Fact]
    public void The_misspelt_descripton_key_is_read_as_the_description()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2022-03-20T10:00:00+08:00\ndescripton: \"一次示例活动\"", Summary));

        page.Event!.Description.Should().Be("一次示例活动");
    }

    [Fact]
    public void Categories_may_be_a_list_as_well_as_a_string()
    {
        var page = Pages.Parse(Pages.With("title: \"示例专场\"\ndate: 2022-03-20T10:00:00+08:00\ncategories: [\"SOFAMeetup\", \"云原生\"]", Summary));

        page.Event!.Kind.Should().Be(EventKind.Meetup);
    }

    [Fact]
    public void A_utc_publish_date_is_converted_to_china_time_before_it_anchors_the_year()
    {
        // 2019-12-31T17:00Z is already 2020-01-01 01:00 in Shanghai, so 12 月 30 日 belongs to 2019, 1 月 3 日 to 2020.
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2019-12-31T17:00:00.000Z",
            "## 概要\n\n- 活动时间：1 月 3 日周五晚 7 点\n- 活动形式：线上直播\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2020, 1, 3, 19, 0, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().NotContain(["year-guess", "weekday-mismatch", "front-matter-date"]);
    }

    [Theory]
    [InlineData("created: 2030-09-03 13:10:06")]
    [InlineData("pubDate: 2030-09-03T13:10:06Z")]
    [InlineData("publishDate: 2030-09-03")]
    public void Another_name_for_the_publish_date_dates_the_page_but_its_hour_is_no_start(string key)
    {
        var page = RecapParser.Parse("---\ntitle: First Tech Meetup - Sept 4th\n" + key + "\n---\n\nJane Example of Example Labs will provide an introduction to usability testing.\n",
            "first-tech-meetup.md", new RecapParserOptions("Europe/London"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 9, 4, 0, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_hour_of_a_created_timestamp_is_when_the_post_went_out()
    {
        const string Body = "\n---\n\n**Venue:** Appleton Tower, Edinburgh\n\nJane Example of Example Labs will provide an introduction to usability testing.\n";
        var created = RecapParser.Parse("---\ntitle: Tech Meetup\ncreated: 2030-09-03 19:00:00" + Body, "tech-meetup.md", new RecapParserOptions("Europe/London"));
        var dated = RecapParser.Parse("---\ntitle: Tech Meetup\ndate: 2030-09-03 19:00:00" + Body, "tech-meetup.md", new RecapParserOptions("Europe/London"));

        (created.Event!.Start, dated.Event!.Start).Should().Be(((DateTimeOffset?)null, new DateTimeOffset(2030, 9, 3, 19, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_flag_named_published_is_no_date_and_no_mistake()
    {
        var page = Pages.Parse("---\ntitle: Example Devs\npublished: true\n---\n\n" + Summary);

        page.Event!.Start.Should().Be(new DateTimeOffset(2022, 4, 1, 9, 30, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().NotContain("front-matter-date");
    }

    [Fact]
    public void A_jekyll_posts_file_name_dates_it_over_a_key_jekyll_does_not_know()
    {
        var page = RecapParser.Parse("---\nlayout: post\npubdate: 2030-06-25 13:00:00\n---\n# First talk\n\n## Hacking adventures\n\n### Speaker\n\nJane Example\n\nWe'll start around 7:30pm as usual.\n",
            "_posts/2030-07-30-talks.markdown", new RecapParserOptions("Europe/London"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 7, 30, 19, 30, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_tab_after_the_quoted_title_is_not_part_of_it()
    {
        var page = Pages.Parse(Pages.With("title: \"KubeCon 同场 Workshop\"\t\ndate: 2019-06-04T10:20:00.000Z", Summary));

        page.Title.Should().Be("KubeCon 同场 Workshop");
    }

    [Theory]
    [InlineData("![banner](a.jpeg)\n示例调度器 1.3.0 新特性及 Roadmap 路线\n\n直播时间：2020-05-20 19:30 ～ 20:30\n", "示例调度器 1.3.0 新特性及 Roadmap 路线")]
    [InlineData("示例调度器联合 Meetup。\n\n会议时间：2019年12月8日 14:00 ～17:30\n\n地址：北京海淀大街 34 号\n", "示例调度器联合 Meetup")]
    [InlineData("示例调度器将于2019年10月26日在上海组织一次会议，欢迎踊跃报名，\n\n地址：上海某空间\n", "live-online-0526")]
    [InlineData("# 示例调度器 Meetup\n\n时间：2019年12月8日 14:00\n\n地址：北京某空间\n", "示例调度器 Meetup")]
    [InlineData("#### Example Ruby Meetup 39\n\nWhen | Tuesday 24 November 2015 19:00\n\n#### Schedule\n\nWhere: TechMinistry\n", "Example Ruby Meetup 39")]
    [InlineData("## 概要\n\n- 活动时间：2019年12月8日 14:00\n- 活动地点：北京某空间\n", "live-online-0526")]
    public void A_page_without_front_matter_is_named_by_its_top_heading_else_a_short_first_line_else_its_file(string body, string title)
    {
        var page = Pages.Parse(body, "live-online-0526.md");

        page.Title.Should().Be(title);
    }

    [Fact]
    public void The_front_matter_ends_at_the_second_fence_even_when_the_body_has_a_third()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: 2022-03-20T10:00:00+08:00", Summary + "\n正文。\n\n---\n\n```\ncode: here\n```\n"));

        page.Title.Should().Be("示例");
        page.Event!.Start.Should().Be(new DateTimeOffset(2022, 4, 1, 9, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void An_unterminated_front_matter_is_a_warning_not_a_crash()
    {
        var page = Pages.Parse("---\ntitle: \"没有结尾\"\ndate: 2022-03-20\n\n" + Summary);

        page.WarningCodes().Should().Contain("front-matter-unterminated");
    }

    [Fact]
    public void Broken_yaml_is_a_warning_with_its_line()
    {
        var page = Pages.Parse("---\ntitle: \"ok\"\ndate: [unclosed\n---\n\n" + Summary);

        var warning = page.Diagnostics.Should().ContainSingle(d => d.Code == "front-matter-yaml").Subject;
        warning.Line.Should().BeGreaterThan(1);
        warning.File.Should().Be("zh-demo-page.md");
    }

    [Fact]
    public void One_broken_entry_is_an_error_but_the_rest_of_the_front_matter_is_still_read()
    {
        var page = Pages.Parse("---\nlayout: post\ntitle: \"Example Devs, October 8th 2030\"\nmeetup: [https://example.org/a](https://example.org/b)\npublished: true\n---\n\n" + Summary);

        var error = page.Diagnostics.Should().ContainSingle(d => d.Code == "front-matter-yaml").Subject;
        (error.Severity, error.Line).Should().Be((Severity.Error, 4));
        error.Message.Should().Contain("without line 4");
        page.Event!.Title.Should().Be("Example Devs, October 8th 2030");
    }

    [Fact]
    public void A_quoted_value_whose_lines_are_indented_no_deeper_than_its_key_is_read_as_js_yaml_reads_it()
    {
        var page = Pages.Parse("---\ntitle: \"Example Node #9\"\ndate: \"2030-10-23\"\nvenue: example-hall\ntalks:\n"
            + "  - title: 'The Great Escape'\n    description: \"In this talk we overhaul a \\\"legacy\\\" system.\n    \\n\\n\n    Hey! I am Matt, a senior engineer.\"\n"
            + "    speaker:\n      - name: 'Matt Example'\n  - title: Fast Gen AI User Experience\n    speaker:\n      - name: 'Nat Example'\n---\n\n<div class=\"event\">{{title}}</div>\n");

        page.Diagnostics.Should().NotContain(d => d.Severity == Severity.Error);
        page.Diagnostics.Should().ContainSingle(d => d.Code == "front-matter-indentation").Which.Line.Should().BeGreaterThan(1);
        page.Event!.Talks.Select(t => t.Speakers.Single().Name).Should().Equal("Matt Example", "Nat Example");
    }

    [Fact]
    public void A_subtitle_under_the_title_is_read_as_its_description()
    {
        var page = Pages.Parse(Pages.With("title: 'Meeting of the Minds #13'\nsubtitle: 'Scheduled for Thursday, June 7th @ 6:30pm'\nlocation: 'Example Coffee House'\n"
            + "topic: Heroku\ndate: 2030-05-12 10:53:26", "The topic for June's session is Heroku, and yours truly will be doing the presentation.\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 6, 7, 18, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_quote_left_open_is_still_an_error_and_not_read_as_a_long_value()
    {
        var page = Pages.Parse("---\ntitle: \"Example Devs, October 8th 2030\"\nsummary: \"an open quote\npublished: true\n---\n\n" + Summary);

        page.Diagnostics.Should().Contain(d => d.Code == "front-matter-yaml" && d.Severity == Severity.Error);
        page.WarningCodes().Should().NotContain("front-matter-indentation");
    }

    [Fact]
    public void A_page_without_front_matter_says_so()
    {
        var page = Pages.Parse(Summary);

        page.WarningCodes().Should().Contain("front-matter-missing");
        page.IsEvent.Should().BeTrue();
    }

    [Theory]
    [InlineData("2019-01-17T10:20:00.000Z", "2019-01-17T10:20:00+00:00")]
    [InlineData("2022-04-01T15:00:00+08:00", "2022-04-01T15:00:00+08:00")]
    [InlineData("2022-04-01T15:00:00", "2022-04-01T15:00:00+02:00")]
    [InlineData("2022-04-01", "2022-04-01T00:00:00+02:00")]
    [InlineData("2019-02-26 19:00:00 UTC+1", "2019-02-26T19:00:00+01:00")]
    [InlineData("2018-08-28 19:00 GMT+05:30", "2018-08-28T19:00:00+05:30")]
    [InlineData("2024-05-14 19:00 CEST", "2024-05-14T19:00:00+02:00")]
    public void Publish_dates_keep_their_offset_or_named_zone_and_dates_without_one_are_local_to_the_configured_zone(string text, string expected) =>
        FrontMatterReader.ParseDate(text, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))
            .Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("19-02-2020 13:00:00 +0200", "2020-02-19T13:00:00+02:00")]
    [InlineData("05-12-2018 18:30", "2018-12-05T18:30:00+01:00")]
    [InlineData("05.12.2018", "2018-12-05T00:00:00+01:00")]
    [InlineData("23/05/2014 15:00", "2014-05-23T15:00:00+02:00")]
    [InlineData("05/23/2014 15:00", "2014-05-23T15:00:00+02:00")]
    public void A_date_written_day_first_is_read_so_and_a_slashed_one_month_first_only_when_its_day_comes_second(string text, string expected) =>
        FrontMatterReader.ParseDate(text, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))
            .Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_date_that_is_not_iso_is_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"示例\"\ndate: next tuesday", Summary));

        page.WarningCodes().Should().Contain("front-matter-date");
    }

    [Fact]
    public void A_pelican_metadata_header_is_the_front_matter_and_the_body_keeps_its_line_numbers()
    {
        var page = Pages.Parse("Title: 11月22日 示例用户组聚会公告\nDate: 2030-11-12 20:20\nCategory: News\nTags: meetup\n" +
            "Summary: 这次和另一个社区联合办活动。\n\n【活动时间】2030年11月22日 13:30 - 17:00  \n【活动地点】成都市某路 8 号\n\n### 一个议题\n\n讲师：张三\n");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Title.Should().Be("11月22日 示例用户组聚会公告");
        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 11, 22, 13, 30, 0, TimeSpan.FromHours(8)), "Date: is when the post was published");
        page.WarningCodes().Should().NotContain("front-matter-missing");
    }

    [Theory]
    [InlineData("Title: Example Meetup at Example Hall\nDate: 2030-07-10\nCategory: Meetup\nSummary: On 8th July 2030, Python enthusiasts met once again.\n\n## Introductions\n\nThe hall was full.\n")]
    [InlineData("---\ntitle: Example Meetup at Example Hall\ndate: 2030-07-10\nsummary: On 8th July 2030, Python enthusiasts met once again.\n---\n\n## Introductions\n\nThe hall was full.\n")]
    public void A_summary_field_dates_the_event_as_a_description_does(string markdown)
    {
        var page = Pages.Parse(markdown);

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 7, 8, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Diagnostics_under_a_metadata_header_point_at_the_pages_own_lines()
    {
        var page = Pages.Parse("Title: 示例用户组聚会\nDate: 2030-11-12 20:20\n\n一次聚会。\n\n【活动时间】2030年11月22日\n【活动地点】成都市某路 8 号\n");

        page.Diagnostics.Should().ContainSingle(d => d.Code == "no-clock-time").Which.Line.Should().Be(6);
    }

    [Fact]
    public void A_cobalt_header_closed_by_a_fence_alone_is_yaml_with_its_nested_programme()
    {
        var page = Pages.Parse("title: 2030 March Meetup\ndescription: Embedded Rust\nlayout: meetup.liquid\ndata:\n  agenda:\n"
            + "    - presenter: Jane Doe\n      title: \"Embedded Rust: an overview\"\n      slides: https://example.org/deck\n  meetup: https://example.org/rsvp\n---\n\n"
            + "Thanks to our host.\n", "events/2030-03-14.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Title.Should().Be("2030 March Meetup");
        var talk = page.Event!.Talks.Should().ContainSingle().Subject;
        (talk.Title, talk.Speakers.Single().Name, talk.SlidesUrl).Should().Be(("Embedded Rust: an overview", "Jane Doe", "https://example.org/deck"));
        page.Event.Start.Should().Be(new DateTimeOffset(2030, 3, 14, 0, 0, 0, TimeSpan.FromHours(8)), "a page whose front matter is its programme is dated by its file");
        page.Diagnostics.Should().ContainSingle(d => d.Code == "start-from-publish-date").Which.Line.Should().Be(1);
    }

    [Theory]
    [InlineData("Note: 本页是草稿。\n")]
    [InlineData("Title: 只有一行\n")]
    [InlineData("Title: 示例\nhttps://example.org 不是键\n")]
    public void Prose_that_opens_with_a_label_is_no_metadata_header(string opening)
    {
        var page = Pages.Parse(opening + "\n- 活动时间：2030 年 11 月 22 日 13:30\n- 活动地点：成都\n");

        page.WarningCodes().Should().Contain("front-matter-missing");
    }

    [Fact]
    public void A_zine_page_s_ziggy_front_matter_gives_its_title_and_fields()
    {
        var page = RecapParser.Parse("---\n.title = \"ZigCC 第二次线上会议\",\n.date = @date(\"2030-12-27T08:25:00+0800\"),\n.author = \"ZigCC\",\n"
            + ".start = @date(\"2030-12-23T20:00:00+0800\"),\n.tags = [\"meetup\", \"online\"],\n.custom = {\n    .venue = \"线上\", // a comment\n    .extra = { \"k\": 1 },\n},\n"
            + ".draft = false,\n---\n\n本次线上会议大家讨论了社区的下一步计划。\n", "2030-12-27-second-meetup.smd");

        page.Title.Should().Be("ZigCC 第二次线上会议");
        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 12, 23, 20, 0, 0, TimeSpan.FromHours(8)));
        page.Diagnostics.Should().NotContain(d => d.Code.StartsWith("front-matter", StringComparison.Ordinal), string.Join("; ", page.Diagnostics));
    }

    [Theory]
    [InlineData(".title = \"ZigCC\"\n.date = \"2030-12-27\",\n")]
    [InlineData(".title = \"ZigCC,\n")]
    [InlineData(".title \"ZigCC\",\n")]
    [InlineData(".tags = [\"a\", \"b\",\n")]
    public void A_broken_ziggy_front_matter_is_an_error_that_names_it_unreadable(string ziggy)
    {
        var page = RecapParser.Parse($"---\n{ziggy}---\n\n时间：2030 年 12 月 23 日 20:00\n", "broken.smd");

        page.Diagnostics.Should().Contain(d => d.Severity == Severity.Error && d.Code.StartsWith("front-matter", StringComparison.Ordinal));
        page.Diagnostics.Should().NotContain(d => d.Code == "parser-failure");
    }
}
