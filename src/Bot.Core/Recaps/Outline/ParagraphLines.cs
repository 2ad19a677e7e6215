using Markdig.Syntax;

namespace Bot.Core.Recaps.Outline;

/// <summary>Where a paragraph's lines sit in <see cref="PageOutline.Lines"/> (<paramref name="Count"/> from
/// <paramref name="First"/>), and whether it holds a Markdown link.</summary>
internal readonly record struct ParagraphLines(ParagraphBlock Block, int First, int Count, bool HasLink);
