using Bot.Core.Events;
using Bot.Core.Recaps;
using Bot.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Builds a <see cref="TalkContext"/> the way the page parser does, minimally, so talk extraction can be
/// tested on real pages: theme from 活动主题, kind from the file name, slide links from 资料下载/资料地址, replay
/// links from a 直播回放 list.</summary>
internal static class CorpusPage
{
    public static (IReadOnlyList<Talk> Talks, DiagnosticBag Diagnostics) Extract(string file)
    {
        var context = Load(file);
        return (TalkExtractor.Extract(context), context.Diagnostics);
    }

    public static TalkContext Load(string file)
    {
        var name = file.EndsWith(".md", StringComparison.Ordinal) ? file : $"zh-{file}.md";
        var text = File.ReadAllText(Path.Combine(RepoPaths.Corpus, name));
        return FromText(text, name);
    }

    public static TalkContext FromText(string text, string name = "page.md", EventKind? kind = null)
    {
        var document = Markdown.Parse(text, RecapMarkdown.Pipeline);
        var slides = new List<PageLink>();
        var replays = new List<PageLink>();
        string? theme = null;
        List<PageLink>? collecting = null;
        foreach (var block in document.Descendants())
        {
            if (block is HeadingBlock heading)
            {
                var h = MarkdownText.Of(heading.Inline);
                collecting = h.Contains("直播回放", StringComparison.Ordinal) ? replays : null;
                continue;
            }

            if (block is not ParagraphBlock paragraph)
            {
                continue;
            }

            var plain = MarkdownText.Of(paragraph.Inline);
            if (plain.StartsWith("活动主题：", StringComparison.Ordinal))
            {
                theme ??= plain["活动主题：".Length..].Trim();
            }

            if (plain.StartsWith("资料下载", StringComparison.Ordinal) || plain.StartsWith("资料地址", StringComparison.Ordinal))
            {
                collecting = slides;
            }
            else if (plain.StartsWith("直播回放", StringComparison.Ordinal))
            {
                collecting = replays;
            }
            else if (paragraph.Parent is ListItemBlock && paragraph.Parent.Parent?.Parent is not ListItemBlock && collecting == slides && !IsLinksOnly(paragraph))
            {
                collecting = null;
            }

            if (collecting is null)
            {
                continue;
            }

            foreach (var link in paragraph.Inline!.FindDescendants<LinkInline>())
            {
                if (!link.IsImage && link.Url is { Length: > 0 } url)
                {
                    var linkText = MarkdownText.Of(link);
                    if (!linkText.Contains("待直播后更新", StringComparison.Ordinal))
                    {
                        collecting.Add(new PageLink(linkText, url, link.Line + 1));
                    }
                }
            }
        }

        return new TalkContext(document, text, name, theme, kind ?? KindOf(name), slides, replays, new DiagnosticBag(name));
    }

    private static bool IsLinksOnly(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && inline.All(i => i is LinkInline or LineBreakInline or HtmlInline || (i is LiteralInline l && l.Content.IsEmptyOrWhitespace()));

    private static EventKind KindOf(string name) => name switch
    {
        _ when name.Contains("channel", StringComparison.Ordinal) || name.Contains("talk-", StringComparison.Ordinal) => EventKind.LiveStream,
        _ when name.Contains("webinar", StringComparison.Ordinal) => EventKind.Webinar,
        _ when name.Contains("workshop", StringComparison.Ordinal) => EventKind.Workshop,
        _ when name.Contains("anniversary", StringComparison.Ordinal) || name.Contains("four-years", StringComparison.Ordinal) => EventKind.Anniversary,
        _ when name.Contains("meetup", StringComparison.Ordinal) => EventKind.Meetup,
        _ => EventKind.Other,
    };
}
