using System.Text.RegularExpressions;

namespace Bot.Tests.Architecture;

/// <summary>What one C# file of <c>src/</c> declares and uses, read from its text: its namespace, the <c>using Bot.…</c>
/// lines (plain, static and aliases), and namespaces of ours written out in the code itself (<c>Bot.Core.Html.Escape</c>),
/// which count like a using. Comments and string literals are left out of the code.</summary>
/// <param name="Path">Relative to the repository root, with <c>/</c>.</param>
internal sealed partial record SourceFile(string Path, string Text)
{
    public string? Namespace => NamespaceLine().Match(Text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The namespace the folder asks for: <c>src/Bot/Telegram/Sending/X.cs</c> → <c>Bot.Telegram.Sending</c>.</summary>
    public string FolderNamespace
    {
        get
        {
            var folders = Path.Split('/')[1..^1]; // drop "src" and the file name
            return string.Join('.', folders);
        }
    }

    /// <summary>The namespaces of ours this file names, each with the line that names it (1-based).</summary>
    public IEnumerable<(string Namespace, int Line)> Uses()
    {
        var lines = Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (UsingLine().Match(lines[i]) is { Success: true } used)
            {
                yield return (used.Groups[1].Value, i + 1);
                continue;
            }

            foreach (Match named in QualifiedName().Matches(Code(lines[i])))
            {
                yield return (named.Groups[1].Value, i + 1);
            }
        }
    }

    /// <summary>The code lines with comments and string literals blanked out.</summary>
    public IEnumerable<(string Code, int Line)> CodeLines() =>
        Text.Split('\n').Select((line, i) => (Code(line), i + 1)).Where(l => l.Item1.Length > 0);

    private static string Code(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*')
            || trimmed.StartsWith("using ", StringComparison.Ordinal) || trimmed.StartsWith("namespace ", StringComparison.Ordinal))
        {
            return "";
        }

        var code = StringLiteral().Replace(line, "\"\"");
        var comment = code.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? code : code[..comment];
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?(Bot(?:\.\w+)*)\s*;")]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?(Bot(?:\.[A-Z]\w*)+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"@?""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();
}
