namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Pages that paste each talk's proposal form under a numbered heading (`### Talk 0`, then `**Topic:**`,
/// `**Description:**`, `**Full Name:**` on lines ended by hard breaks), written for these specs.</summary>
public sealed class ProposalFormTalkSpecs
{
    private const string Meet = "**Date:** August 22, 2030 \\\n**Time:** 15:00 (3.00 PM) IST \\\n**Jitsi Link:** https://meet.jit.si/example-2030\n\n";

    [Fact]
    public void Each_forms_topic_label_names_the_talk_and_its_full_name_label_the_speaker()
    {
        var e = Pages.Parse(Pages.With("title: Example LUG Online Meet - August 22, 2030\ndate: 2030-08-21T21:19:43+05:30", Meet
            + "### Talk 0\n\n**Topic:** GnuCash \\\n**Description:** Using GnuCash to manage your personal finance \\\n**Duration:** 30 minutes \\\n"
            + "**Full Name:** Arun Example \\\n**About Speaker:** Linux user since 1997.\n\n"
            + "### Talk 1\n\n**Topic:** ntfy. Send push notifications to your phone \\\n**Description:** how ntfy can be combined with tailscale\n"
            + "to enable alerting quickly \\\n**Duration:** 20 mins \\\n**Full Name:** Anish Example \\\n**About Speaker:** I installed Ubuntu from a CD\n")).Event!;

        e.Talks.Select(t => t.Title).Should().Equal("GnuCash", "ntfy. Send push notifications to your phone");
        e.Talks.Select(t => t.Speakers.Single().Name).Should().Equal("Arun Example", "Anish Example");
    }

    [Theory]
    [InlineData("Vivekanandan KS", "Vivekanandan KS")]
    [InlineData("Ramesh K S", "Ramesh K S")]
    [InlineData("Vivekanandan K.S.", "Vivekanandan K.S")]
    public void A_speaker_label_vouches_for_a_name_ending_in_initials(string name, string read)
    {
        var e = Pages.Parse(Pages.With("title: Example Meet\ndate: 2030-08-21", Meet
            + $"**Topic:** Nix: The universal build system\n\n**Speaker:** {name}\n")).Event!;

        e.Talks.Should().ContainSingle().Which.Speakers.Select(s => s.Name).Should().Equal(read);
    }

    [Fact]
    public void A_speaker_label_over_what_names_nobody_still_gives_no_speaker()
    {
        var e = Pages.Parse(Pages.With("title: Example Meet\ndate: 2030-08-21", Meet
            + "**Topic:** Nix: The universal build system\n\n**Speaker:** Azure DevOps Team\n\n**Topic:** Rust for all\n\n**Speaker:** Ann Example\n")).Event!;

        e.Talks.Select(t => t.Speakers.Count).Should().Equal(0, 1);
    }

    [Fact]
    public void Minutes_that_tell_of_the_talks_given_are_an_account_of_the_meeting_not_one_to_attend()
    {
        var page = Pages.Parse(Pages.With("title: 'Meeting Minutes, June 2030'\ndate: '2030-06-15T09:06:48+05:30'",
            "A quick recap of what happened in the Example LUG monthly meet held on June 13, 2030\n\n### Talk 0\n\n"
            + "* Gopi started his talk on keeping Android open\n* He demonstrated an ADB loophole\n\n### Post Talk Discussion\n\n"
            + "* Irfan talked about tilde communities and social computing\n* Participants discussed about viewing technology as a means to an end\n"));

        page.IsEvent.Should().BeFalse(page.Reason);
    }

    [Theory]
    [InlineData("Participants discussed about viewing technology as a means to an end")]
    [InlineData("Attendees talked about their favourite editors")]
    public void The_people_in_the_room_telling_of_something_give_no_talk(string sentence)
    {
        var e = Pages.Parse(Pages.With("title: Example Meetup\ndate: 2030-06-01", "**When:** June 13, 2030 at 18:00\n\n**Where:** Example Cafe, Chennai\n\n" + sentence + ".\n")).Event!;

        e.Talks.Should().BeEmpty();
    }
}
