using Bot.Core.Formatting;

namespace Bot.Core.Tests.Formatting;

public sealed class TelegramHtmlSpecs
{
    [Theory]
    [InlineData("<b>ab</b>", 2)]
    [InlineData("a &lt; b &amp;&amp; c", 10)]
    [InlineData("<a href=\"https://example.org/very/long\">x</a>", 1)]
    [InlineData("中文😀", 4)]
    public void Visible_length_counts_utf16_units_of_the_text_after_tags_and_entities(string html, int expected) =>
        TelegramHtml.VisibleLength(html).Should().Be(expected);

    [Theory]
    [InlineData("<u>x</u>")]
    [InlineData("<b>x")]
    [InlineData("<b><i>x</b></i>")]
    [InlineData("a < b")]
    [InlineData("a & b")]
    public void Problems_are_reported_for_what_telegram_would_reject(string html) =>
        TelegramHtml.Problems(html).Should().NotBeEmpty();

    [Fact]
    public void Plain_text_shows_links_with_their_url()
    {
        var plain = TelegramHtml.ToPlainText("<b>Slides</b>: <a href=\"https://example.org/a?x=1&amp;y=2\">deck &amp; notes</a>");

        plain.Should().Be("Slides: deck & notes <https://example.org/a?x=1&y=2>");
    }

    [Fact]
    public void Plain_text_shows_a_link_whose_text_is_its_url_once()
    {
        var plain = TelegramHtml.ToPlainText("Live room: <a href=\"http://live.example.org/1?a=1&amp;b=2\">http://live.example.org/1?a=1&amp;b=2</a>");

        plain.Should().Be("Live room: http://live.example.org/1?a=1&b=2");
    }
}
