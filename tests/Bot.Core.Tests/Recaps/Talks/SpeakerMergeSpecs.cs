using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class SpeakerMergeSpecs
{
    [Fact]
    public void The_mention_with_more_aliases_keeps_its_name_and_the_other_names_follow_its_aliases_once_each()
    {
        // Arrange
        var guest = new Speaker("李旭东", ["旭东", "Xudong"], null, "bio");
        var agenda = new Speaker("旭东", ["李旭东", "Xudong", "阿东"], "某司");

        // Act
        var merged = SpeakerMerge.Merge(agenda, guest);

        // Assert
        merged.Name.Should().Be("旭东");
        merged.Aliases.Should().Equal("李旭东", "Xudong", "阿东");
        (merged.Affiliation, merged.Bio).Should().Be(("某司", "bio"));
    }

    [Fact]
    public void A_mention_without_aliases_merged_into_its_equal_gains_the_other_name_only()
    {
        // Arrange
        var a = new Speaker("张三", []);
        var b = new Speaker("Zhang San", ["张三"]);

        // Act
        var merged = SpeakerMerge.Merge(a, b);

        // Assert
        merged.Name.Should().Be("Zhang San");
        merged.Aliases.Should().Equal("张三");
    }
}
