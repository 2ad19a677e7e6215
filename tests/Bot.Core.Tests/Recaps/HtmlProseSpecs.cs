using Bot.Core.Recaps;

namespace Bot.Core.Tests.Recaps;

/// <summary>Prose a page keeps in raw HTML blocks (a synced meetup.com description) is read as the Markdown it shows;
/// pages written for these specs.</summary>
public sealed class HtmlProseSpecs
{
    [Fact]
    public void An_agenda_in_html_paragraphs_gives_its_talks_and_speakers()
    {
        var page = Pages.Parse("Title: March Talks\nDate: 2030-03-27T18:30:00-07:00\nCategory: posts\n\n"
            + "<p>Main Meeting Topic: native code and streams</p> <p>6:30 - Mingling - Pizza<br/>6:40 - Intro/Announcements<br/>"
            + "6:50 - Talks<br/>* Calling C from Python - Dave Example<br/>* Getting started with Stream Processing - Jane Doe<br/>"
            + "8:20 - Depart for the pub</p> <p>Where:</p> <p>Example Corp, Building 2</p>\n");

        page.Event!.Talks.Select(t => $"{t.Title}|{string.Join(",", t.Speakers.Select(s => s.Name))}").Should().Equal(
            "Calling C from Python|Dave Example", "Getting started with Stream Processing|Jane Doe");
    }

    [Fact]
    public void Diagnostics_name_the_line_of_the_authors_page_not_of_the_rewrite()
    {
        var page = Pages.Parse("---\ntitle: T\ndate: 2030-03-20\n---\n\n<p>One<br/>two<br/>three<br/>four</p>\n\n时间：2030 年 3 月 27 日\n\n### 一个议题\n\n讲师：张三\n");

        page.Diagnostics.Should().ContainSingle(d => d.Code == "no-clock-time").Which.Line.Should().Be(8);
    }

    [Theory]
    [InlineData("<p>Doors open at 6pm.<br>See <a href=\"https://example.org/rsvp?a=1&amp;b=2\">the <b>RSVP</b> page</a>.</p>",
        "Doors open at 6pm.\nSee [the RSVP page](https://example.org/rsvp?a=1&b=2).")]
    [InlineData("<h2 class=\"x\">Agenda</h2><ul><li>One</li><li>Two &amp; three</li></ul>", "## Agenda\n\n- One\n- Two & three")]
    [InlineData("<div class=\"row\"><strong>Dates</strong><br/>{{< event_start >}} - {{< event_end >}}</div>", "Dates\n{{< event_start >}} - {{< event_end >}}")]
    [InlineData("<p><img src=\"banner.png\" alt=\"banner\"></p><br/>", "")]
    public void An_html_fragment_is_written_as_the_markdown_it_shows(string html, string markdown) =>
        HtmlProse.ToMarkdown(html).Should().Be(markdown);

    [Fact]
    public void Text_lines_a_layout_block_swallowed_are_read_as_prose()
    {
        var page = Pages.Parse(Pages.With("title: \"Geo night\"\ndate: 2030-08-30",
            "<div class=\"heading\">When and where?</div>\n19:00 on Tuesday 3 September 2030 at Example Hall, 1 Main Street.\n\n"
            + "* Ann Lee will present a talk entitled \"Simple maps\"\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 9, 3, 19, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_block_of_tags_and_shortcodes_on_their_own_lines_is_no_prose()
    {
        const string Figure = "## 讲师\n\n<figure>\n{% asset_img speaker.jpg %}\n    <figcaption>张三</figcaption>\n</figure>\n";
        var document = Markdig.Markdown.Parse(Figure, RecapMarkdown.Pipeline);

        HtmlProse.Rewrite(document, Figure).Should().BeNull();
    }

    [Fact]
    public void A_figure_with_its_captions_and_a_page_without_html_prose_are_left_as_written()
    {
        const string Figure = "## 讲师\n\n<figure>\n    <figcaption>张三</figcaption>\n    <figcaption>某公司 - 工程师</figcaption>\n</figure>\n";
        var document = Markdig.Markdown.Parse(Figure, RecapMarkdown.Pipeline);

        HtmlProse.Rewrite(document, Figure).Should().BeNull();
    }
}
