using Markdig;
using Markdig.Syntax;

namespace Bot.Core.Recaps;

/// <summary>Turns one page (Hugo front matter + Markdown) into an event or a recognised non-event.
/// Pure and total: any input gives a result and diagnostics, never an exception.</summary>
public static class RecapParser
{
    public static RecapPage Parse(string markdown, string sourceName, RecapParserOptions? options = null)
    {
        var source = string.IsNullOrEmpty(sourceName) ? "(page)" : sourceName;
        var diagnostics = new DiagnosticBag(source);
        try
        {
            return ParseCore(markdown ?? "", source, options ?? RecapParserOptions.Default, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not a page problem: keep the host alive and say where it happened.
            diagnostics.Error(1, "parser-failure", $"the page could not be parsed ({e.GetType().Name}: {e.Message})");
            return new RecapPage(source, PageKind.Other, null, null, diagnostics.Items);
        }
    }

    private static RecapPage ParseCore(string markdown, string source, RecapParserOptions options, DiagnosticBag diagnostics)
    {
        markdown = RareDashes.Common(markdown);
        SplitFrontMatter? split = null;
        if (Structured.TomlFrontMatter.TrySplit(markdown, out var tomlText, out var body))
        {
            (split, markdown) = (new SplitFrontMatter(tomlText), body);
        }
        else if (Structured.MetadataHeader.TrySplit(markdown, out var header, out var headerText, out var rest, out var yaml))
        {
            (split, markdown) = (new SplitFrontMatter(headerText, yaml ? null : header, yaml), rest);
        }

        markdown = TypedBullets.AsList(markdown);
        if (!TryParseMarkdown(markdown, diagnostics, out var document))
        {
            return new RecapPage(source, PageKind.Other, null, null, diagnostics.Items);
        }

        // Prose kept in HTML blocks is read as the Markdown it shows; only a page that has some is parsed again.
        if (HtmlProse.Rewrite(document, markdown) is { } shown && TryParseMarkdown(shown.Markdown, diagnostics, out var reparsed))
        {
            (markdown, document) = (shown.Markdown, reparsed);
            diagnostics.MapLines(shown.OriginalLine);
        }

        var zone = TimeZones.Find(options.TimeZoneId, out _);
        var frontMatter = FrontMatterReader.Read(document, markdown, zone, diagnostics, split);
        if (frontMatter.DatePublishedOnly && Dates.PathDate.Of(source) is not null)
        {
            // `_posts/2025-07-29-talks.md` with `pubdate:`: Jekyll dates the post by its file name and knows no such key.
            frontMatter = frontMatter with { Date = null };
        }

        var facts = Structured.StructuredReader.Read(frontMatter.Fields, zone, diagnostics, Dates.PathDate.Of(source));
        var outline = Outline.PageOutline.Build(document, markdown);
        if (outline.Truncated)
        {
            diagnostics.Warn(1, "nesting-too-deep", "the page nests blocks or inlines too deeply; the deepest parts were ignored");
        }

        var labels = Outline.LabelReader.ReadAll(outline);

        var named = frontMatter.Title ?? TitleField(frontMatter.Fields);
        var title = named ?? NameLabel(labels) ?? FallbackTitle(outline, source);
        var (kind, reason) = PageClassifier.Declared(frontMatter, facts, outline, labels);
        if (kind != PageKind.Event)
        {
            return new RecapPage(source, kind, title, null, diagnostics.Items) { Reason = reason };
        }

        var reported = diagnostics.Items.Count;
        var context = new EventContext(document, markdown, source, frontMatter, facts, outline, labels, options, diagnostics);
        var ev = EventBuilder.Build(context, title);
        var published = frontMatter.Date is { } date ? DateOnly.FromDateTime(date.DateTime) : Dates.PathDate.Of(source);
        // Only an event without a start of its own needs the page's date to count as dated.
        var pageDate = ev.Start is not null ? null : published;
        // No time of its own: the publish date stands in as the start, or (a timestamp, not a schedule) dates it only.
        var datedByPublication = pageDate is not null || diagnostics.Items.Skip(reported).Any(d => d.Code == "start-from-publish-date");
        var datedElsewhere = ev.Start is null && pageDate is null && Dates.DateShortcodes.In(markdown);
        if (PageClassifier.Judge(ev, facts, outline, pageDate, datedByPublication, datedElsewhere, published) is { } notAnEvent)
        {
            diagnostics.TruncateTo(reported);
            return new RecapPage(source, notAnEvent.Kind, title, null, diagnostics.Items) { Reason = notAnEvent.Reason };
        }

        if (named is null)
        {
            diagnostics.Warn(1, "no-title", $"the event page has no title in its front matter; showing it as '{title}'");
        }

        var untagged = ShownTitle.Of(title);
        return new RecapPage(source, kind, untagged, ReferenceEquals(untagged, title) ? ev : ev with { Title = untagged }, diagnostics.Items);
    }

    // `topic: Jenkins 流水线工作坊` where a site's event pages keep their name in a field of their own instead of `title`.
    private static readonly string[] TitleKeys = ["topic", "subject", "eventname", "eventtitle", "活动主题", "活动名称"];

    private static string? TitleField(Structured.FrontMatterFields fields)
    {
        foreach (var key in TitleKeys)
        {
            if (fields[key] is string { Length: > 0 } value && value.Trim() is { Length: > 0 } trimmed)
            {
                return trimmed;
            }
        }

        return null;
    }

    // A page without a title field that names its meeting in a line of its own (`会议主题：Curve 社区双周会`, often in a
    // pasted invitation) is named by it: its headings are then mostly its date or its sections.
    private static string? NameLabel(IReadOnlyList<LabelledValue> labels)
    {
        foreach (var label in labels)
        {
            if (label.Value.Length is > 0 and <= 80 && Array.IndexOf(NameKeys, label.Key) >= 0 && !StartsWithUrl(label.Value))
            {
                return label.Value;
            }
        }

        return null;
    }

    private static readonly string[] NameKeys = ["会议主题", "会议名称", "活动名称", "活动主题", "meetingtopic", "meetingname", "eventname", "eventtitle"];

    private static bool StartsWithUrl(string value) => value.StartsWith("http", StringComparison.OrdinalIgnoreCase);

    // A page without a readable title is named by its top heading, else by a short first line that reads as a title
    // (a page with no front matter often opens with its banner and its name), else by its file: never by a section
    // heading such as 概要, which would name every such page alike.
    private static string FallbackTitle(Outline.PageOutline outline, string source)
    {
        foreach (var (text, level, _) in outline.Headings)
        {
            if (level == 1 && text.Length > 0)
            {
                return text;
            }
        }

        // A heading of any level that opens the page names it when it reads as a name, not a section's (numbered, or long:
        // `#### Thessaloniki Ruby Meetup 39`, not `## 概要` or `#### Schedule`).
        var firstText = outline.Lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l.Text));
        if (outline.Headings is [var (heading, _, line), ..] && line < (firstText?.Line ?? int.MaxValue)
            && heading.Length <= 80 && (heading.Length >= 12 || heading.AsSpan().IndexOfAnyInRange('0', '9') >= 0))
        {
            return heading;
        }

        if (firstText is { Section: null, IsLinksOnly: false } first
            && first.Text.Trim().TrimEnd('。') is { Length: >= 4 and <= 60 } opening && opening.AsSpan().IndexOfAny("，,：:。") < 0)
        {
            return opening;
        }

        return PageId.FileStem(source);
    }

    // Markdig refuses absurd nesting (thousands of `>` or list levels) with an ArgumentException; that is a page
    // problem to report, not a parser failure.
    private static bool TryParseMarkdown(string markdown, DiagnosticBag diagnostics, out MarkdownDocument document)
    {
        try
        {
            if (!NestingGuard.IsTooDeep(markdown))
            {
                document = Markdown.Parse(markdown, RecapMarkdown.Pipeline);
                return true;
            }
        }
        catch (ArgumentException e) when (e.Message.Contains("deeply nested", StringComparison.OrdinalIgnoreCase))
        {
        }

        diagnostics.Error(1, "too-deeply-nested", "the page nests quotes, lists or brackets too deeply to be read as Markdown");
        document = null!;
        return false;
    }
}
