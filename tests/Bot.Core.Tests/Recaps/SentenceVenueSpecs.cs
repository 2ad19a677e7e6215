using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>A venue that only a sentence of the page names, on pages written for these specs.</summary>
public sealed class SentenceVenueSpecs
{
    [Theory]
    [InlineData("We meet on **Tuesday 8 December 2026** from **19:00 to 21:30** at Second Home Lisboa, Mercado da Ribeira.", "Second Home Lisboa, Mercado da Ribeira")]
    [InlineData("The meetup takes place at Example Labs, 308 SW 2nd Ave on Tuesday 8 December 2026 at 19:00.", "Example Labs, 308 SW 2nd Ave")]
    [InlineData("Join us on Tuesday 8 December 2026, 19:00, at the Example Cloud office (3rd floor)!", "the Example Cloud office")]
    [InlineData("This edition is hosted at 12 Rua Nova, Porto, on Tuesday 8 December 2026 at 19:00.", "12 Rua Nova, Porto")]
    public void An_English_sentence_that_says_where_the_group_meets_gives_the_venue(string sentence, string venue)
    {
        var e = Parse(sentence);

        (e.Venue, e.Form).Should().Be((venue, EventForm.Offline));
    }

    [Theory]
    [InlineData("We meet on Tuesday 8 December 2026 at 19:00 at the office.")]
    [InlineData("We meet on Tuesday 8 December 2026 at 19:00, online at YouTube.")]
    [InlineData("Our speakers work at Example Corp; the talks start on Tuesday 8 December 2026 at 19:00.")]
    [InlineData("We meet at December 8, 2026 19:00 as usual.")]
    [InlineData("Our Meet the Maintainer session is at Example Conf on Tuesday 8 December 2026 at 19:00.")]
    [InlineData("The Contributor Meet and Greet at Example Conf EU starts on Tuesday 8 December 2026 at 19:00.")]
    public void A_sentence_that_names_no_place_to_go_gives_no_venue(string sentence)
    {
        Parse(sentence).Venue.Should().BeNull();
    }

    private static Event Parse(string sentence) =>
        Pages.Parse(Pages.With("title: \"Example Tech Night — December\"\ndate: 2026-11-15",
            $"{sentence}\n\n**Speakers**\n\n* Ana Sousa — *From support to SRE*\n* Rita Marques — *Accessibility testing*\n")).Event!;
}
