using Bot.Core.Events;

namespace Bot.Core.Recaps;

/// <summary>The result of parsing one page: an event, or a recognised non-event, plus diagnostics.</summary>
public sealed record RecapPage(string Source, PageKind Kind, string? Title, Event? Event, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Why the page is not an event, in one line for <c>check</c>; null for events.</summary>
    public string? Reason { get; init; }

    public bool IsEvent => Event is not null;
    public int WarningCount => Diagnostics.Count(d => d.Severity >= Severity.Warning);
}
