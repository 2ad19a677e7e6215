using Bot.Core.Recaps.Outline;
using Markdig.Syntax;

namespace Bot.Core.Recaps;

/// <summary>Everything read from one event page before the event is assembled.</summary>
internal sealed record EventContext(
    MarkdownDocument Document,
    string Markdown,
    string Source,
    FrontMatter FrontMatter,
    Structured.StructuredFacts Facts,
    PageOutline Outline,
    IReadOnlyList<LabelledValue> Labels,
    RecapParserOptions Options,
    DiagnosticBag Diagnostics);
