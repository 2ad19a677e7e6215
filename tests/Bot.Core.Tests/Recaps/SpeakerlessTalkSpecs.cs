namespace Bot.Core.Tests.Recaps;

/// <summary>Talks a page lists without naming who gives them (written for these specs, not copied from the corpus).</summary>
public sealed class SpeakerlessTalkSpecs
{
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
