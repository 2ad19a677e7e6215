using Bot.Core.Formatting;
using CsCheck;

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

    [Fact]
    public void Visible_length_never_exceeds_the_html_s_own_length()
    {
        // ReplySplitter skips the walk for a reply no longer than the limit on this ground.
        var pieces = Gen.OneOf(Gen.Const("<b>x</b>"), Gen.Const("<a href=\"https://e.org/?a=1&amp;b=2\">y</a>"), Gen.Const("&amp;"),
            Gen.Const("&lt;"), Gen.Const("&#128512;"), Gen.Const("&#x1F600;"), Gen.Const("&quot;"), Gen.Const(">"), Gen.Const("😀"),
            Gen.Char.Where(c => c is not ('<' or '&')).Select(c => c.ToString()));
        pieces.Array[0, 30].Select(parts => string.Concat(parts)).Sample(html => TelegramHtml.VisibleLength(html) <= html.Length);
    }

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
