namespace Bot.Core.Recaps;

/// <summary>Collects diagnostics for one page while it is parsed.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];

    public string File => file;
    public IReadOnlyList<Diagnostic> Items => _items;

    public void Warn(int line, string code, string message) => _items.Add(new(file, line, Severity.Warning, code, message));
    public void Error(int line, string code, string message) => _items.Add(new(file, line, Severity.Error, code, message));
    public void Info(int line, string code, string message) => _items.Add(new(file, line, Severity.Info, code, message));
}
