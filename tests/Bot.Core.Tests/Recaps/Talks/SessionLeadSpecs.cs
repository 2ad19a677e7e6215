namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Conference announcements that list a project's sessions as bullets opening with a bold lead, and talks whose
/// bold title line and speaker label share a paragraph (pages written for these specs).</summary>
public sealed class SessionLeadSpecs
{
    private static IReadOnlyList<(string Title, string Speakers)> TalksOf(string body)
    {
        var page = Pages.Parse(Pages.With("title: \"Our project at a conference\"\ndate: 2030-05-01T10:00:00+02:00", body), "en-conference.md");
        return page.Event!.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).ToList();
    }

    [Fact]
    public void A_bold_lead_bullet_is_a_talk_given_by_the_people_named_before_will_and_a_booth_is_not()
    {
        var talks = TalksOf("""
            Where to find us:

            * **Scheduling Deep Dive** - Alice Moreau, founder of the project, and Bruno Keller from Initech
            will be presenting how the scheduler works inside.
            * **Meet us at the Booth** - Carla Diaz will be at the booth on Tuesday afternoon.
            """);

        talks.Should().Equal(("Scheduling Deep Dive", "Alice Moreau,Bruno Keller"));
    }

    [Fact]
    public void A_lead_linked_to_the_schedule_takes_the_title_of_the_link_repeating_it_and_split_lists_add_up()
    {
        var talks = TalksOf("""
            * [**Maintainer session**](https://example.org/s/1)  
              [A year of the registry, and what comes next](https://example.org/s/1)  
              [Alice Moreau](https://example.org/a), [Bruno Keller](https://example.org/b) - will be presenting this one  

            **Abstract:** what changed this year and what we plan.

            * [**Signing images end to end**](https://example.org/s/2)  
            May 3 - 10:00 - 10:30 (local time)  
            Signing images end to end - Carla Diaz, Acme Corp & Dan Okafor, Initech  
            * **Project meeting**  
            Room 12, all afternoon
            """);

        talks.Should().Equal(
            ("A year of the registry, and what comes next", "Alice Moreau,Bruno Keller"),
            ("Signing images end to end", "Carla Diaz,Dan Okafor"));
    }

    [Fact]
    public void A_speaker_whose_link_was_left_unclosed_is_still_named_by_the_bracketed_text()
    {
        var talks = TalksOf("""
            * [**Project lightning talk**](https://example.org/s/9)- [Farah Nadim]([fnadim](https://example.org/u/fnadim) - [Running a registry for many teams](https://example.org/s/9)
            """);

        talks.Should().Equal(("Running a registry for many teams", "Farah Nadim"));
    }

    [Fact]
    public void A_bold_title_line_over_a_speaker_label_in_the_same_paragraph_is_the_title_not_the_heading_above()
    {
        var talks = TalksOf("""
            ## At the summit: a lightning talk

            **Caching artifacts at the edge, the easy way**  
            **Speaker:** Erin Walsh, Maintainer  
            **Where:** Hall 2
            """);

        talks.Should().Equal(("Caching artifacts at the edge, the easy way", "Erin Walsh"));
    }
}
