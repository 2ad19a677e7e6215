namespace Bot.Core.Tests.Recaps;

/// <summary>Talks a page lists without naming who gives them, or names only in unusual places (written for these
/// specs, not copied from the corpus).</summary>
public sealed class SpeakerlessTalkSpecs
{
    [Fact]
    public void A_workshop_names_its_lecturer_by_the_caption_of_the_photo_under_the_lecturer_heading()
    {
        var page = Pages.Parse(Pages.With("title: \"【工作坊】用诗词写程序\"\nstart: 2030-03-10 14:00\nend: 2030-03-10 17:00\naddress: 成都",
            """
            一个下午，用古诗的格式写出第一个程序。

            ## 讲师

            <figure>
                <img src="lecturer.jpg">
                <figcaption>韩小雨</figcaption>
                <figcaption>示例社区 - 前端工程师</figcaption>
            </figure>
            """));

        page.Event!.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("韩小雨");
    }

    [Fact]
    public void A_recap_heading_that_introduces_the_lecturer_by_name_names_the_speaker()
    {
        var page = Pages.Parse(Pages.With("title: \"示例学院工作坊 #3\"\nstart: 2030-06-08 14:00\nend: 2030-06-08 17:00\naddress: 成都",
            "## 活动回顾\n\n大家到得很早。\n\n### 本期主讲 Marlo 老师\n\nMarlo 讲了模型训练的基本流程。\n"));

        page.Event!.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal("Marlo");
    }

    [Fact]
    public void A_bold_title_followed_by_a_session_details_link_is_a_talk_without_speakers()
    {
        var page = Pages.Parse(Pages.With("title: \"Example project at a Summit 2030 in Lisbon\"\ndate: 2030-05-02",
            """
            The project team will be at the summit on May 20, 2030.

            ## Maintainer talk

            **Example Project – What Is New**  
            [See the session details](https://sched.example.org/abc)

            ## Short talk

            **Five Minutes of Example**  
            [Talk details](https://sched.example.org/def)

            **Come say hello**  
            [Venue map](https://example.org/map)
            """));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Count)).Should().Equal(
            ("Example Project – What Is New", 0), ("Five Minutes of Example", 0));
    }
}
