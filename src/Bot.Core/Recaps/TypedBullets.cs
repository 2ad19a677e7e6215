namespace Bot.Core.Recaps;

/// <summary>Bullets typed as characters (<c>• Rapid Intro to Flask (Adam)</c>, pasted from a word processor) are a list
/// to the reader but paragraphs to Markdown: each such line is given a Markdown list marker in its place, so the
/// layouts that read lists read them. The page keeps its lines, so diagnostics keep their line numbers.</summary>
internal static class TypedBullets
{
    private const string Marks = "•●▪◦";

    /// <summary>The Markdown with each line that opens with a typed bullet and a space written as a <c>-</c> item; the
    /// same string when no line does.</summary>
    public static string AsList(string markdown)
    {
        if (markdown.AsSpan().IndexOfAny(Marks) < 0)
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent <= 3 && indent + 1 < line.Length && Marks.Contains(line[indent]) && line[indent + 1] is ' ' or '\u00A0' or '\t')
            {
                lines[i] = string.Concat(line.AsSpan(0, indent), "-", line.AsSpan(indent + 1));
                changed = true;
            }
        }

        return changed ? string.Join('\n', lines) : markdown;
    }
}
