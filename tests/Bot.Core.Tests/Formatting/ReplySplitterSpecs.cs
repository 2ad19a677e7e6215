using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Tests.Formatting;

public sealed class ReplySplitterSpecs
{
    [Fact]
    public void A_reply_over_4096_characters_is_split_at_paragraph_boundaries_with_buttons_on_the_last_part()
    {
        // Arrange: 60 paragraphs of ~100 visible characters, each with a tag.
        var builder = new HtmlBuilder();
        for (var i = 0; i < 60; i++)
        {
            builder.Bold($"Talk {i:00}").Text(" " + new string('x', 90) + " & more").Paragraph();
        }

        var reply = new BotReply(builder.ToString()) { Buttons = [[new ReplyButton("next", "pg:2")]] };

        // Act
        var parts = ReplySplitter.Split(reply);

        // Assert
        parts.Should().HaveCountGreaterThan(1);
        parts.Should().AllSatisfy(p =>
        {
            TelegramHtml.VisibleLength(p.Html).Should().BeLessThanOrEqualTo(TelegramLimits.MessageLength);
            TelegramHtml.Problems(p.Html).Should().BeEmpty();
            p.Html.Should().StartWith("<b>Talk ");
        });
        parts.SkipLast(1).Should().AllSatisfy(p => p.Buttons.Should().BeEmpty());
        parts[^1].Buttons.Should().ContainSingle();
        string.Join("\n\n", parts.Select(p => p.Html)).Should().Be(reply.Html);
    }

    [Fact]
    public void One_enormous_line_is_cut_into_plain_chunks_without_breaking_surrogate_pairs()
    {
        // Arrange
        var reply = new BotReply(Html.Escape(string.Concat(Enumerable.Repeat("😀<", 3000))));

        // Act
        var parts = ReplySplitter.Split(reply);

        // Assert
        parts.Should().HaveCountGreaterThan(1);
        parts.Should().AllSatisfy(p =>
        {
            TelegramHtml.VisibleLength(p.Html).Should().BeLessThanOrEqualTo(TelegramLimits.MessageLength);
            TelegramHtml.Problems(p.Html).Should().BeEmpty();
            char.IsHighSurrogate(TelegramHtml.ToPlainText(p.Html)[^1]).Should().BeFalse();
        });
        string.Concat(parts.Select(p => TelegramHtml.ToPlainText(p.Html))).Should().Be(TelegramHtml.ToPlainText(reply.Html));
    }

    [Fact]
    public void A_short_reply_is_returned_as_is() =>
        ReplySplitter.Split(new BotReply("<b>hi</b>")).Should().ContainSingle().Which.Html.Should().Be("<b>hi</b>");
}
