namespace Bot.Core.Recaps.Outline;

/// <summary>Emphasis CommonMark did not close (<c>**_7:00 pm - A talk _**</c>, a space before the closing mark) leaves
/// its marks as text around the whole line; the same run of <c>_</c> or <c>*</c> at both ends of a line is taken off.</summary>
internal static class StrayEmphasis
{
    public static string Without(string line)
    {
        if (line.Length < 3 || line[0] is not ('_' or '*') || line[^1] != line[0])
        {
            return line;
        }

        var run = 1;
        while (run < 3 && 2 * (run + 1) < line.Length && line[run] == line[0] && line[^(run + 1)] == line[0])
        {
            run++;
        }

        // A line of marks only (`****`) is left as it is: there is nothing inside to free.
        var inner = line.AsSpan(run, line.Length - 2 * run).Trim();
        return inner.IsEmpty || inner[0] == line[0] ? line : inner.ToString();
    }

    /// <summary>Each line of a text joined by <c>\n</c>, without its stray marks.</summary>
    public static string InLines(string text)
    {
        if (text.AsSpan().IndexOfAny('_', '*') < 0)
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Without(lines[i].Trim());
        }

        return string.Join('\n', lines);
    }
}
