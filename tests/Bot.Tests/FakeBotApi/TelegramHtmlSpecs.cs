using CsCheck;
using FakeBotApi;
using Telegram.Bot.Extensions;

namespace Bot.Tests.FakeBotApi;

public sealed class TelegramHtmlSpecs
{
    [Theory]
    [InlineData("<b>bold</b> <i>it</i> <a href=\"https://x.org/?a=1&amp;b=2\">link</a>", "bold it link")]
    [InlineData("<pre><code class=\"language-cs\">x &lt; y</code></pre>", "x < y")]
    [InlineData("<blockquote expandable>q</blockquote><span class=\"tg-spoiler\">s</span><tg-spoiler>t</tg-spoiler>", "qst")]
    [InlineData("&#20013;&#x6587; &quot;&amp;&gt;", "中文 \"&>")]
    [InlineData("<strong>a</strong><em>b</em><ins>c</ins><strike>d</strike><del>e</del><u>f</u><s>g</s><code>h</code>", "abcdefgh")]
    public void I_get_the_visible_text_of_valid_telegram_html(string html, string plain)
    {
        // Act
        var result = TelegramHtml.Parse(html);

        // Assert
        result.Error.Should().BeNull();
        result.PlainText.Should().Be(plain);
    }

    [Theory]
    [InlineData("<div>x</div>", "Unsupported start tag \"div\" at byte offset 0")]
    [InlineData("<b>x", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("a & b", "Unsupported HTML entity at byte offset 2")]
    [InlineData("&nbsp;", "Unsupported HTML entity at byte offset 0")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("中<br/>", "Unsupported start tag \"br\" at byte offset 3")]
    [InlineData("1 < 2", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("<b", "Unclosed start tag at byte offset 0")]
    public void I_am_refused_html_that_telegram_cannot_parse(string html, string error)
    {
        // Act
        var result = TelegramHtml.Parse(html);

        // Assert
        result.Error.Should().Be(error);
    }

    [Fact]
    public void Any_escaped_text_is_valid_html_whose_visible_text_is_the_original()
    {
        Gen.String.Sample(text =>
        {
            var result = TelegramHtml.Parse($"<b>{HtmlText.Escape(text)}</b>");
            return result.IsValid && result.PlainText == text;
        }, iter: 2000);
    }
}
