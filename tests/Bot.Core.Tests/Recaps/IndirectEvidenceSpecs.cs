using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Event pages that state their date or their links indirectly: dates kept in the site's data, a registration
/// section, a sentence saying where the recordings are; pages written for these specs.</summary>
public sealed class IndirectEvidenceSpecs
{
    private const string LandingPage = """
        +++
        Title = "exampledays Springfield 2030"
        Type = "welcome"
        +++

        <div class = "row">
          <div class = "col-md-2"><strong>Dates</strong></div>
          <div class = "col-md-8">
            {{< event_start >}} - {{< event_end >}}
          </div>
        </div>

        <div class = "row">
          <div class = "col-md-2"><strong>Contact</strong></div>
          <div class = "col-md-8">Write to the organizers.</div>
        </div>
        """;

    [Fact]
    public void A_page_that_shows_its_dates_through_a_date_shortcode_is_an_event_without_a_start()
    {
        var page = Pages.Parse(LandingPage, "2030-springfield-welcome.md");

        page.Kind.Should().Be(PageKind.Event);
        page.Event!.Start.Should().BeNull();
    }

    [Fact]
    public void A_date_shortcode_inside_an_html_comment_is_switched_off()
    {
        var page = Pages.Parse(LandingPage.Replace("{{< event_start >}} - {{< event_end >}}", "<!-- {{< event_start >}} - {{< event_end >}} -->"),
            "2030-springfield-welcome.md");

        page.Event.Should().BeNull();
    }

    [Fact]
    public void A_registration_section_with_its_link_is_something_to_attend()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Hallway Day\"",
            "### About\n\nThe Example Hallway Day takes place on June 12th, 2030.\n\n### Registration\n\nTo register, fill out the [form](https://forms.example.org/hallway).\n"));

        page.Event!.RegistrationUrl.Should().Be("https://forms.example.org/hallway");
    }

    [Fact]
    public void A_sentence_saying_where_the_recordings_are_gives_the_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Contributor Summit 2030\"\neventDate: 2030-12-10",
            "### Recordings & Decks\n\n* **Watch:** Recordings from the summit are on the [Example YouTube channel](https://youtube.com/playlist?list=PLexample123).\n\n**Where:** Hall 2\n"));

        page.Event!.ReplayUrl.Should().Be("https://youtube.com/playlist?list=PLexample123");
    }

    [Fact]
    public void A_recap_dated_by_a_publish_timestamp_in_another_offset_is_still_a_recap()
    {
        var page = Pages.Parse(Pages.With("title: \"Recap: Example Project at ExampleCon 2030\"\ndate: 2030-11-20T12:00:00+04:00",
            "We had a great week at the conference and met many users at the booth.\n"));

        page.Event.Should().BeNull();
        page.Reason.Should().Contain("recap");
    }
}
