namespace Bot.Core.Tests.Recaps;

/// <summary>A front-matter tree (string keys and scalars, lists, maps) as one line of text, so two readers' trees
/// compare with one assertion whose failure shows where they differ, and an unexpected node type shows its type.</summary>
internal static class FrontMatterTree
{
    public static string Render(object? node) => node switch
    {
        null => "null",
        string s => $"'{s}'",
        IDictionary<object, object?> map => "{" + string.Join(';', map.Select(p => $"{Render(p.Key)[1..^1]}={Render(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(',', list.Select(Render)) + "]",
        _ => $"<{node.GetType().Name}:{node}>",
    };
}
