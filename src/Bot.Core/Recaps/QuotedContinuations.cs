namespace Bot.Core.Recaps;

/// <summary>js-yaml (Eleventy, Gatsby) reads a double-quoted value whose later lines are indented no deeper than its key
/// (<c>    description: "In this talk …⏎    Hey! I'm Matt…"</c>); YamlDotNet does not (it lets a single-quoted one
/// pass), and the page would lose its talks. Those lines are indented under the key so that the front matter reads as
/// its authors saw it.</summary>
internal static class QuotedContinuations
{
    // A value running over more lines than this is no description that lost its indentation but a quote left open.
    private const int LongestValue = 200;

    /// <summary>The front matter with every double-quoted value's later lines indented deeper than its key; null when
    /// no line needed it.</summary>
    public static string? Indent(string yaml)
    {
        var lines = yaml.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (OpenQuote(lines[i]) is not var (column, from) || Closes(lines[i], from))
            {
                continue;
            }

            var depth = new string(' ', column + 2);
            for (var j = i + 1; j < lines.Length && j - i <= LongestValue; j++)
            {
                var line = lines[j];
                var indent = line.Length - line.AsSpan().TrimStart(' ').Length;
                if (line.AsSpan().Trim().Length > 0 && indent <= column)
                {
                    lines[j] = depth + line.TrimStart(' ');
                    changed = true;
                }

                if (Closes(line, 0))
                {
                    i = j;
                    break;
                }
            }
        }

        return changed ? string.Join('\n', lines) : null;
    }

    // `    description: "…` or `  - title: "…`: the column of the key and where the value's text starts.
    private static (int Column, int From)? OpenQuote(string line)
    {
        var key = line.AsSpan().TrimStart(' ');
        var column = line.Length - key.Length;
        if (key.StartsWith("- "))
        {
            column += 2;
            key = key[2..].TrimStart(' ');
        }

        var colon = key.IndexOf(": ");
        if (colon <= 0 || key[..colon].ContainsAny('"', '\'', '#'))
        {
            return null;
        }

        var value = key[(colon + 2)..].TrimStart(' ');
        return value.StartsWith('"') ? (column, line.Length - value.Length + 1) : null;
    }

    // Whether the value closes on the line, from `from` on: an unescaped `"`.
    private static bool Closes(string line, int from)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '"')
            {
                return true;
            }
        }

        return false;
    }
}
