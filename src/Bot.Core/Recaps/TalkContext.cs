using Bot.Core.Events;
using Markdig.Syntax;

namespace Bot.Core.Recaps;

/// <summary>What the page-level parser hands to talk extraction.</summary>
/// <param name="Document">The Markdig AST of the page (front matter included as a block).</param>
/// <param name="Markdown">The raw page text, for spans the AST does not structure (HTML tables).</param>
/// <param name="PageTitle">The front-matter title, verbatim.</param>
/// <param name="Theme">The 活动主题 value (or its substitute), raw, when the page has one.</param>
/// <param name="Kind">The kind decided for the page; single-talk kinds take their title from the theme.</param>
/// <param name="SlideLinks">Links of the summary's 资料下载 / 资料地址 entry, in page order, placeholders removed.</param>
/// <param name="ReplayLinks">Per-talk replay links whose texts name talks (直播回放 lists), in page order.</param>
/// <param name="Outline">The page's outline when the page parser built one: the talk view reads paragraph texts from it.</param>
/// <param name="Description">The front-matter description, which on a one-session page may name its speaker.</param>
/// <param name="HasHour">The page gives the session's hour: a clock time of its own, or a publish time that stands as
/// the start (a session page published at the hour it begins). The front-matter author of such a page is its presenter;
/// on a page without one the author only wrote it up.</param>
public sealed record TalkContext(
    MarkdownDocument Document,
    string Markdown,
    string PageTitle,
    string? Theme,
    EventKind Kind,
    IReadOnlyList<PageLink> SlideLinks,
    IReadOnlyList<PageLink> ReplayLinks,
    DiagnosticBag Diagnostics,
    Outline.PageOutline? Outline = null,
    string? Description = null,
    bool HasHour = false);
