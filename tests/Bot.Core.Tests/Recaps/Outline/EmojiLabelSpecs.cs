using Bot.Core.Recaps.Outline;

namespace Bot.Core.Tests.Recaps.Outline;

/// <summary>A pin, a calendar or a clock opening a line stands for the label the line does not write.</summary>
public sealed class EmojiLabelSpecs
{
    [Fact]
    public void A_page_of_emoji_lines_gives_its_venue_and_time()
    {
        var page = Pages.Parse(Pages.With("title: \"Cloud Native Night\"\ndate: 2030-11-28",
            "**Cloud Native Night** is back.\n\n📅 Wednesday 11 December 2030\n⏰ 17:30–21:00 CET\n📍 Schiphol Tech Campus, Evert van de Beekstraat 1, Amsterdam\n"));

        page.Event!.Venue.Should().Be("Schiphol Tech Campus, Evert van de Beekstraat 1, Amsterdam");
        page.Event.Start.Should().Be(new DateTimeOffset(2030, 12, 11, 17, 30, 0, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("📍\uFE0F Hall 1", "location", "Hall 1")]
    [InlineData("- 🗓️ May 1, 2030", "date", "May 1, 2030")]
    public void The_emoji_gives_the_label_and_the_rest_the_value(string line, string label, string value)
    {
        EmojiLabel.TrySplit(line, out var l, out var v).Should().BeTrue();
        (l, v).Should().Be((label, value));
    }

    [Theory]
    [InlineData("🎉 We're back!")]
    [InlineData("📍")]
    [InlineData("Venue 📍 Hall 1")]
    public void Other_emoji_a_lone_pin_or_one_inside_the_line_label_nothing(string line)
    {
        EmojiLabel.TrySplit(line, out _, out _).Should().BeFalse();
    }
}
