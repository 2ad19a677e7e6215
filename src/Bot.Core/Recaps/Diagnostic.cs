namespace Bot.Core.Recaps;

/// <summary>A finding about a page, pointing at a 1-based line of the source file.</summary>
public sealed record Diagnostic(string File, int Line, Severity Severity, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
