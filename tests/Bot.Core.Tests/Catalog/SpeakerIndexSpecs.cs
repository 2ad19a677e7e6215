using Bot.Core.Catalog;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Catalog;

public sealed class SpeakerIndexSpecs
{
    private readonly CatalogSnapshot _snapshot = CatalogSnapshot.Create(SampleEvents.All);

    [Theory]
    [InlineData("仪式")]
    [InlineData("周群力")]
    [InlineData(" 周 群力 ")]
    [InlineData("周\u00A0群力")]
    public void I_can_find_a_speaker_by_name_or_huaming_whatever_the_spacing(string name)
    {
        var speaker = _snapshot.FindSpeakersByName(name).Should().ContainSingle().Subject;

        speaker.Name.Should().Be("周群力");
        speaker.Aliases.Should().Contain("仪式");
    }

    [Theory]
    [InlineData("alice wang")]
    [InlineData("ＡＬＩＣＥ　ＷＡＮＧ")]
    public void Latin_names_match_regardless_of_case_and_full_width(string name) =>
        _snapshot.FindSpeakersByName(name).Should().ContainSingle().Which.Name.Should().Be("Alice Wang");

    [Fact]
    public void A_speaker_who_spoke_at_several_events_has_one_profile_with_every_talk_newest_first()
    {
        var speaker = _snapshot.FindSpeakersByName("仪式").Single();

        speaker.Talks.Select(t => t.Event.Id).Should().Equal("zh-sofa-channel-32", "zh-sofa-meetup-14", "zh-sofa-meetup-10");
        speaker.Affiliation.Should().Be("蚂蚁集团");
    }

    [Fact]
    public void Closest_names_are_suggested_for_a_near_miss()
    {
        ClosestNames.For(_snapshot, "周群").Select(s => s.Name).Should().Contain("周群力");
    }
}
