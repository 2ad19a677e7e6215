using Bot.Core.Recaps.Outline;

namespace Bot.Core.Tests.Recaps.Outline;

/// <summary>Marks of emphasis CommonMark left open, around a whole line.</summary>
public sealed class StrayEmphasisSpecs
{
    [Theory]
    [InlineData("_7:00 pm to 7:30 pm - A talk _", "7:00 pm to 7:30 pm - A talk")]
    [InlineData("**Open talk **", "Open talk")]
    [InlineData("***x***", "x")]
    [InlineData("_a_", "a")]
    public void The_same_run_of_marks_at_both_ends_is_taken_off(string line, string expected) =>
        StrayEmphasis.Without(line).Should().Be(expected);

    [Theory]
    [InlineData("*")]
    [InlineData("**")]
    [InlineData("***")]
    [InlineData("****")]
    [InlineData("_____")]
    [InlineData("_a talk*")]
    [InlineData("__init__ and _x")]
    [InlineData("plain line")]
    public void A_line_of_marks_only_or_without_a_matching_pair_is_left_as_it_is(string line) =>
        StrayEmphasis.Without(line).Should().Be(line);
}
