using Bot.Core.Formatting;

namespace Bot.Core.Tests.Formatting;

public sealed class HtmlBuilderSpecs
{
    [Fact]
    public void Content_with_html_is_escaped_in_text_tags_and_links()
    {
        // Act
        var html = new HtmlBuilder().Bold("<b>x</b>&").Text(" <i>").Link("a\"b", "https://example.org/?a=1&b=\"2\"").ToString();

        // Assert
        html.Should().Be("<b>&lt;b&gt;x&lt;/b&gt;&amp;</b> &lt;i&gt;<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">a&quot;b</a>");
        TelegramHtml.Problems(html).Should().BeEmpty();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("tg://resolve?domain=x")]
    [InlineData("not a url")]
    public void Links_that_are_not_web_urls_are_shown_as_text(string url) =>
        new HtmlBuilder().Link("label", url).ToString().Should().Be("label");

    [Fact]
    public void Blank_lines_inside_content_do_not_create_paragraph_boundaries()
    {
        var html = new HtmlBuilder().Quote("one\n\n\ntwo").ToString();

        html.Should().Be("<blockquote>one\ntwo</blockquote>");
    }
}
