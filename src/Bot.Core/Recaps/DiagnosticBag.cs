namespace Bot.Core.Recaps;

/// <summary>Collects diagnostics for one page while it is parsed.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> _items = [];
    private Func<int, int>? _lineOf;

    public string File => file;
    public IReadOnlyList<Diagnostic> Items => _items;

    public void Warn(int line, string code, string message) => _items.Add(new(file, Line(line), Severity.Warning, code, message));
    public void Error(int line, string code, string message) => _items.Add(new(file, Line(line), Severity.Error, code, message));
    public void Info(int line, string code, string message) => _items.Add(new(file, Line(line), Severity.Info, code, message));

    public void AddRange(IEnumerable<Diagnostic> items)
    {
        foreach (var item in items)
        {
            _items.Add(_lineOf is null ? item : item with { Line = Line(item.Line) });
        }
    }

    /// <summary>From now on the lines given are those of a rewritten page (<see cref="HtmlProse"/>): each is reported as
    /// the line of the author's page it came from.</summary>
    internal void MapLines(Func<int, int> lineOf) => _lineOf = lineOf;

    private int Line(int line) => _lineOf is null ? line : _lineOf(line);

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
