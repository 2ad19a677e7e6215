using Bot.Core.Events;

namespace Bot.Core.Recaps;

/// <summary>The result of parsing one page: an event, or a recognised non-event, plus diagnostics.</summary>
public sealed record RecapPage(string Source, PageKind Kind, string? Title, Event? Event, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsEvent => Event is not null;
    public int WarningCount => Diagnostics.Count(d => d.Severity >= Severity.Warning);
}
