using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Conference and form words in titles, all-day front-matter dates and recaps without a programme, on pages
/// written for these specs.</summary>
public sealed class ConferencePageSpecs
{
    [Theory]
    [InlineData("Example Contributor Summit Berlin 2030")]
    [InlineData("Our team at DemoCon + ExampleNativeCon 2030")]
    [InlineData("示例开源峰会 2030")]
    public void A_summit_or_a_con_named_in_the_title_is_a_conference_held_in_person(string title)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-03-01T12:00:00+08:00", "We will be there on 18 March 2030.\n"), "demo-conference.md");

        page.IsEvent.Should().BeTrue("a conference named in the title is something to attend");
        (page.Event!.Kind, page.Event.Form).Should().Be((EventKind.Conference, EventForm.Offline));
    }

    [Theory]
    [InlineData("直播预告 | 示例项目 × 另一项目 分享", EventForm.Online)]
    [InlineData("第 3 期 2030-05-01 线下分享内容", EventForm.Offline)]
    public void A_form_word_in_the_title_gives_the_form_when_no_label_states_it(string title, EventForm form)
    {
        var page = Pages.Parse(Pages.With($"title: \"{title}\"\ndate: 2030-04-20T12:00:00+08:00", "时间：2030 年 5 月 1 日 20:00\n\n### 一个议题\n\n讲师：张三\n"));

        page.Event!.Form.Should().Be(form);
    }

    [Fact]
    public void A_front_matter_date_without_a_time_or_an_end_lasts_the_whole_day()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Summit 2030\"\neventDate: 2030-09-26", "A half-day gathering of contributors.\n"));

        var e = page.Event!;
        (e.Start, e.End, e.HasClockTime).Should().Be((
            new DateTimeOffset(2030, 9, 26, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 9, 26, 23, 59, 59, TimeSpan.FromHours(8)), false));
    }

    [Fact]
    public void A_recap_that_lists_no_talks_is_not_an_event()
    {
        var page = Pages.Parse(Pages.With("title: \"Our Recap from DemoCon 2030\"\ndate: 2030-12-04T12:00:00+08:00",
            "The conference took place from 5th to 9th November. We met many users at the booth.\n"));

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("recap");
    }

    [Theory]
    [InlineData("Ada Lovelace", "Ada Lovelace")]
    [InlineData("ada-lovelace", "Ada Lovelace")]
    public void A_talk_page_whose_front_matter_names_its_speakers_is_an_event_even_with_its_date_left_empty(string speaker, string shown)
    {
        var page = Pages.Parse($"+++\nTalk_date = \"\"\nTitle = \"Why Example Firmware Matters\"\nType = \"talk\"\nSpeakers = [\"{speaker}\"]\nyoutube = \"abcdefgh123\"\n+++\n\nThis talk looks at firmware at scale.\n", "2030-demo-program-talk.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        page.Event!.Start.Should().BeNull();
        page.Event.ReplayUrl.Should().Be("https://www.youtube.com/watch?v=abcdefgh123");
        var talk = page.Event.Talks.Should().ContainSingle().Subject;
        (talk.Title, talk.Speakers.Single().Name).Should().Be(("Why Example Firmware Matters", shown));
    }

    [Theory]
    [InlineData("title: \"示例项目亮相 DemoCon 2030\"\ndate: \"2030-08-25\"",
        "## 大会信息\n\n- **时间**：2030 年 9 月 7-9 日（9 月 8-9 日为主会日）\n- **地点**：示例国际会议中心\n\n## 主题演讲\n\n- **时间**：9 月 8 日 09:12-09:22\n- **讲者**：张三\n\n## 技术分享\n\n- **时间**：9 月 8 日 14:30-15:00\n- **讲者**：李四\n")]
    [InlineData("title: \"Example at DemoCon 2030\"\ndate: \"2030-08-25\"",
        "## Event info\n\n- **Dates**: September 7-9, 2030 (September 8-9 are the main days)\n- **Venue**: Example Convention Center\n\n## Keynote\n\n- **Time**: September 8, 09:12-09:22\n- **Speakers**: Jane Doe\n\n## Session\n\n- **Time**: September 8, 14:30-15:00\n- **Speakers**: John Roe\n")]
    public void The_stated_days_of_a_conference_are_the_event_s_when_its_timed_sessions_fall_on_a_later_day(string frontMatter, string body)
    {
        var page = Pages.Parse(Pages.With(frontMatter, body));

        (page.Event!.Start, page.Event.End).Should().Be(
            (new DateTimeOffset(2030, 9, 7, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 9, 9, 23, 59, 59, TimeSpan.FromHours(8))));
    }
}
