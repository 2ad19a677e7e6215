using Bot.Core.Recaps.Talks;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>The cheap checks layouts make before an expensive reading must never turn down what that reading accepts.</summary>
public sealed class LayoutPrefilterSpecs
{
    [Fact]
    public void Every_title_label_passes_the_title_label_letter_check_in_any_case_or_width()
    {
        // Arrange
        var spellings = TitledBlockLayout.TitleLabels.SelectMany(l => new[] { l, l.ToUpperInvariant(), FullWidth(l.ToUpperInvariant()) });

        // Act
        var turnedDown = spellings.Where(l => !TitledBlockLayout.MayHoldTitleLabel(l + "：x")).ToList();

        // Assert
        turnedDown.Should().BeEmpty();
    }

    private static string FullWidth(string text) =>
        new([.. text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)]);
}
