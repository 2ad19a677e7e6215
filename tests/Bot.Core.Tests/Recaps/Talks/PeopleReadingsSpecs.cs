using Bot.Core.Recaps.Talks;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>The page's readings of speaker values: one reading per text, the same people as reading it afresh.</summary>
public sealed class PeopleReadingsSpecs
{
    [Fact]
    public void A_value_names_the_people_a_fresh_reading_names()
    {
        var readings = new PeopleReadings();

        var people = readings.Of("张三（某公司）、李四（某机构）");

        people.Select(Described).Should().Equal(SpeakerLine.People("张三（某公司）、李四（某机构）").Select(Described));
    }

    [Fact]
    public void The_same_text_asked_twice_is_read_once()
    {
        var readings = new PeopleReadings();

        var first = readings.Of("Jane Doe, Acme");
        var second = readings.Of(new string("Jane Doe, Acme".AsSpan()));

        second.Should().BeSameAs(first);
    }

    [Fact]
    public void Different_texts_keep_their_own_people()
    {
        var readings = new PeopleReadings();

        readings.Of("王五");
        var other = readings.Of("赵六");

        other.Select(s => s.Name).Should().Equal("赵六");
    }

    // Speakers hold lists, which records compare by reference: the specs compare what the lists say.
    private static string Described(Bot.Core.Events.Speaker speaker) =>
        $"{speaker.Name}|{speaker.Affiliation}|{string.Join(",", speaker.Aliases)}|{speaker.Bio}";
}
