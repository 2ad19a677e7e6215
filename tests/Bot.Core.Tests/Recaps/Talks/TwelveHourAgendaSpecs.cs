using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Agenda hours written without am/pm (English meetup pages), on pages written for these specs.</summary>
public sealed class TwelveHourAgendaSpecs
{
    private static readonly TimeSpan Pacific = TimeSpan.FromHours(-8);

    [Fact]
    public void An_evening_agenda_without_am_or_pm_is_read_in_the_evening()
    {
        var e = Parse("**Date:** Wednesday, December 16, 2026\n\n**Agenda:**\n\n6:00 - Arrive, eat, mingle\n"
            + "6:30 - Talk 1: \"Typing your Django app\" - Grace Miller\n7:15 - Talk 2: \"Packaging in 2027\" - Omar Haddad\n"
            + "8:00 - Wrap up\n\nLocation: Example Labs, 308 SW 2nd Ave, Portland\n");

        e.Start.Should().Be(new DateTimeOffset(2026, 12, 16, 18, 30, 0, Pacific));
        e.Talks.Select(t => t.Slot!.Start).Should().Equal(new TimeOnly(18, 30), new TimeOnly(19, 15));
    }

    [Fact]
    public void A_day_long_agenda_goes_on_into_the_afternoon_after_twelve()
    {
        var e = Parse("**Date:** Saturday, December 19, 2026\n\n**Schedule:**\n\n"
            + "- 10:00 - 10:45 Keynote: \"Why we test\" - Ana Lima\n- 11:00 - 12:00 \"Property tests\" - Ben Ode\n- 12:00 - 1:00 Lunch\n"
            + "- 1:00 - 1:45 \"Mutation testing\" - Chen Wei\n- 2:00 - 3:30 \"Fuzzing in CI\" - Dara Kim\n\nLocation: Example Hall, Portland\n");

        e.Talks.Select(t => (t.Slot!.Start, t.Slot.End)).Should().Equal(
            (new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(10, 45)), (new TimeOnly(11, 0), new TimeOnly(12, 0)),
            (new TimeOnly(13, 0), new TimeOnly(13, 45)), (new TimeOnly(14, 0), new TimeOnly(15, 30)));
        (e.Start, e.End).Should().Be((new DateTimeOffset(2026, 12, 19, 10, 0, 0, Pacific), new DateTimeOffset(2026, 12, 19, 15, 30, 0, Pacific)));
    }

    [Fact]
    public void Hours_after_one_written_with_pm_stay_in_the_evening()
    {
        var e = Parse("**Date:** Wednesday, December 16, 2026\n\n**Agenda:**\n\n6:30 PM - Talk 1: \"Typing your Django app\" - Grace Miller\n"
            + "7:15 - Talk 2: \"Packaging in 2027\" - Omar Haddad\n\nLocation: Example Labs, Portland\n");

        e.Talks.Select(t => t.Slot!.Start).Should().Equal(new TimeOnly(18, 30), new TimeOnly(19, 15));
    }

    [Fact]
    public void A_page_that_writes_any_hour_the_24_hour_way_keeps_its_small_hours_in_the_morning()
    {
        var e = Parse("**Date:** Saturday, December 19, 2026\n\n**Schedule:**\n\n"
            + "- 7:30 - 8:15 \"Sunrise keynote\" - Ana Lima\n- 8:30 - 9:15 \"Property tests\" - Ben Ode\n- 14:00 - 14:45 \"Fuzzing in CI\" - Dara Kim\n\n"
            + "Location: Example Hall, Portland\n");

        e.Talks.Select(t => t.Slot!.Start).Should().Equal(new TimeOnly(7, 30), new TimeOnly(8, 30), new TimeOnly(14, 0));
    }

    [Fact]
    public void A_morning_that_jumps_hours_ahead_starts_a_new_day_rather_than_the_evening()
    {
        var e = Parse("**Date:** Saturday, December 19, 2026\n\n**Schedule:**\n\n"
            + "- 9:00 - 10:00 \"Day one keynote\" - Ana Lima\n- 3:00 - 4:00 \"Afternoon talk\" - Ben Ode\n- 9:00 - 10:00 \"Day two keynote\" - Chen Wei\n\n"
            + "Location: Example Hall, Portland\n");

        e.Talks.Select(t => t.Slot!.Start).Should().Equal(new TimeOnly(9, 0), new TimeOnly(15, 0), new TimeOnly(9, 0));
    }

    [Theory]
    [InlineData("12:30 - 1:30 Lunch talk", 12, 30, 13, 30)]
    [InlineData("11:30 - 1:00 Long workshop", 11, 30, 13, 0)]
    [InlineData("9:00 - 9:45 Opening", 9, 0, 9, 45)]
    public void A_12_hour_range_over_noon_ends_after_noon(string line, int startHour, int startMinute, int endHour, int endMinute)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out var slot, out _, out var impossible).Should().BeTrue();

        (slot.Start, slot.End, impossible).Should().Be((new TimeOnly(startHour, startMinute), (TimeOnly?)new TimeOnly(endHour, endMinute), false));
    }

    [Theory]
    [InlineData("10.30am - 11.10am : Topic", true, 10, 30, 11, 10)]
    [InlineData("11.30am - 12.10pm Specs", true, 11, 30, 12, 10)]
    [InlineData("1.5 - 2.5 hours of hacking", false, 0, 0, 0, 0)]
    [InlineData("10.30 - 11.10 numbers", false, 0, 0, 0, 0)]
    public void A_dot_parts_hour_and_minutes_only_where_a_meridiem_follows(string line, bool read, int startHour, int startMinute, int endHour, int endMinute)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out var slot, out _, out _).Should().Be(read);

        if (read)
        {
            (slot.Start, slot.End).Should().Be((new TimeOnly(startHour, startMinute), (TimeOnly?)new TimeOnly(endHour, endMinute)));
        }
    }

    [Fact]
    public void Bold_timed_titles_with_colons_take_their_speakers_from_the_bio_under_an_about_the_speaker_label()
    {
        var (talks, _) = TalkFixture.Extract("**10.30am - 11.10am : Build Your First App**\n\nA beginner-friendly session.\n\nAbout the Speaker:\n\n"
            + "Mike Chee is a volunteer mentor.\n\n**11:30 - 12:10 : KIRO: Structured requirements**\n\nTests can mislead.\n\nAbout the Speaker:\n\n"
            + "Ray Goh is a tech executive.\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Slot!.Start)).Should().Equal(
            ("Build Your First App", "Mike Chee", new TimeOnly(10, 30)), ("KIRO: Structured requirements", "Ray Goh", new TimeOnly(11, 30)));
    }

    [Fact]
    public void An_emoji_before_a_bold_timed_title_and_a_topic_label_before_the_title_leave_the_talk_and_a_bio_label_may_close_the_abstract()
    {
        var (talks, _) = TalkFixture.Extract("🧱 **10.30am - 11.10am : Topic - Topic - Build Your First App**\n\nA beginner-friendly session.\n\n"
            + "About the Speaker:\n\nMike Chee is a volunteer mentor.\n\n🤖 **11.30am - 12.10pm : Topic - Structured requirements**\n\n"
            + "Tests can mislead.\nAbout the Speaker:\n\nRay Goh is a tech executive.\n");

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Build Your First App", "Mike Chee"), ("Structured requirements", "Ray Goh"));
    }

    [Theory]
    [InlineData("7-7:05: Welcome", 7, 0, 7, 5)]
    [InlineData("10 - 12:00 Workshop", 10, 0, 12, 0)]
    public void A_range_may_open_on_the_hour_alone(string line, int startHour, int startMinute, int endHour, int endMinute)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out var slot, out _, out _).Should().BeTrue();

        (slot.Start, slot.End).Should().Be((new TimeOnly(startHour, startMinute), (TimeOnly?)new TimeOnly(endHour, endMinute)));
    }

    [Theory]
    [InlineData("6:30 pm to 7:00 pm - Cross-Runtime APIs", 18, 30, 19, 0, "Cross-Runtime APIs")]
    [InlineData("10:00 TO 10:45 Opening", 10, 0, 10, 45, "Opening")]
    public void A_range_may_be_said_with_to(string line, int startHour, int startMinute, int endHour, int endMinute, string rest)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out var slot, out var consumed, out _).Should().BeTrue();

        (slot.Start, slot.End, line[consumed..].TrimStart(' ', '-')).Should().Be((new TimeOnly(startHour, startMinute), (TimeOnly?)new TimeOnly(endHour, endMinute), rest));
    }

    [Fact]
    public void An_agenda_whose_rows_leave_their_emphasis_unclosed_gives_the_titles_without_its_marks()
    {
        var e = Parse("## Agenda\n\n- **_6:30 pm to 7:00 pm - Standard APIs in Modern Frameworks_**\n  **Speaker**: Ana Lima\n"
            + "- **_7:00 pm to 7:30 pm - Rights and Risks in Advanced AI _**\n  **Speaker**: Ben Ode\n\nLocation: Example Hall, 260 Queen St, Portland\n");

        e.Talks.Select(t => (t.Title, t.Slot!.Start)).Should().Equal(("Standard APIs in Modern Frameworks", new TimeOnly(18, 30)), ("Rights and Risks in Advanced AI", new TimeOnly(19, 0)));
    }

    [Theory]
    [InlineData("3 talks and a quiz")]
    [InlineData("2019-03-19 recap")]
    [InlineData("7-8 people per table")]
    [InlineData("24-25:00 nonsense")]
    public void A_number_that_opens_no_range_to_a_clock_time_is_no_slot(string line)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out _, out _, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("14:50-13:10")]
    [InlineData("11:50-10:10")]
    public void An_end_before_its_start_that_no_12_hour_reading_explains_stays_impossible(string line)
    {
        Bot.Core.Recaps.Talks.SlotText.TryRead(line, out _, out _, out var impossible).Should().BeTrue();

        impossible.Should().BeTrue();
    }

    private static Bot.Core.Events.Event Parse(string body) =>
        Pages.Parse(Pages.With("title: \"Example Portland Meetup\"\ndate: 2026-12-01", body)).Event!;
}
