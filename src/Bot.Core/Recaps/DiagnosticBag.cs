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

    public void AddRange(IEnumerable<Diagnostic> items) => _items.AddRange(items);

    /// <summary>Drops what was reported since <paramref name="count"/> items: the findings about an event that turned
    /// out not to be one would only be noise.</summary>
    public void TruncateTo(int count)
    {
        if (count < _items.Count)
        {
            _items.RemoveRange(count, _items.Count - count);
        }
    }
}
