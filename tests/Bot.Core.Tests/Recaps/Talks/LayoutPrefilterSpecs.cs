using Bot.Core.Recaps;
using Bot.Core.Recaps.Talks;
using Markdig;

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

    [Fact]
    public void A_people_section_runs_over_deeper_headings_to_the_next_heading_of_its_level()
    {
        // Arrange
        var document = Markdown.Parse("# Meetup\n\n## 嘉宾\n\n张三\n\n### 简介\n\n李四\n\n## 议程\n\n王五\n", RecapMarkdown.Pipeline);
        var page = new PageView(document);

        // Act
        var section = page.Section("嘉宾", h => h == "嘉宾");

        // Assert
        section.Should().Be((2, 5));
        page.Nodes[5].Text.Should().Be("议程");
    }

    [Fact]
    public void A_people_section_at_the_end_of_the_page_runs_to_the_last_leaf()
    {
        // Arrange
        var document = Markdown.Parse("## 议程\n\n王五\n\n## 讲师\n\n张三\n\n李四\n", RecapMarkdown.Pipeline);
        var page = new PageView(document);

        // Act
        var section = page.Section("讲师", h => h == "讲师");

        // Assert
        section.Should().Be((3, 5));
    }

    private static string FullWidth(string text) =>
        new([.. text.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)]);
}
