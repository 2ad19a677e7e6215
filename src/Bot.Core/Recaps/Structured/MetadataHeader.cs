namespace Bot.Core.Recaps.Structured;

/// <summary>The metadata header of Pelican and MultiMarkdown pages: <c>Key: value</c> lines at the very top, ended by a
/// blank line, with no <c>---</c> fences (<c>Title: …</c>, <c>Date: 2015-11-12 20:20</c>, <c>Tags: meetup</c>). Read
/// as a flat front matter: every value a string, as those generators take them. Cobalt writes YAML the same way, with
/// no opening fence but a closing <c>---</c> line: that header is <paramref name="Yaml"/>, left for the YAML reader.</summary>
public static class MetadataHeader
{
    // More lines than any header writes: the top of a page of prose that happens to start with `Note: …`.
    private const int MaxLines = 40;
    private const int MaxKeyLength = 30;

    /// <summary>Splits the header off <paramref name="markdown"/> when it has one with a <c>Title</c> key; the body
    /// keeps the header's lines as blank lines, so diagnostics keep their line numbers.</summary>
    public static bool TrySplit(string markdown, out Dictionary<object, object?> map, out string header, out string body, out bool yaml)
    {
        (map, header, body, yaml) = ([], "", markdown, false);
        var offset = markdown.Length > 0 && markdown[0] == '\uFEFF' ? 1 : 0;
        var at = offset;
        string? lastKey = null;
        var lines = 0;
        while (at < markdown.Length && lines < MaxLines)
        {
            var end = markdown.IndexOf('\n', at);
            end = end < 0 ? markdown.Length : end;
            var line = markdown.AsSpan(at, end - at).TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                break;
            }

            if (line.TrimEnd() is "---" && lines > 0)
            {
                yaml = true;
                break;
            }

            if (line[0] is ' ' or '\t' && lastKey is not null)
            {
                // A continuation line of a long value (MultiMarkdown).
                map[lastKey] = $"{map[lastKey]} {line.Trim()}";
            }
            else if (KeyOf(line) is { } key)
            {
                lastKey = key;
                map[key] = line[(key.Length + 1)..].Trim().ToString();
            }
            else
            {
                return false;
            }

            lines++;
            at = end + 1;
        }

        if (lines < 2 || !map.Keys.Any(k => k is string s && s.Equals("title", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        at = Math.Min(at, markdown.Length);
        header = markdown[offset..at];
        if (yaml)
        {
            // The closing fence goes with the header, a blank line in the body.
            var fence = markdown.IndexOf('\n', at);
            (at, lines) = (fence < 0 ? markdown.Length : fence + 1, lines + 1);
        }

        body = new string('\n', lines) + markdown[at..];
        return true;
    }

    // `Title:` or `Modified Date:`: letters, digits, spaces, `_` and `-` before the colon, starting with a letter.
    private static string? KeyOf(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon is < 1 or > MaxKeyLength || !char.IsAsciiLetter(line[0]) || (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t')))
        {
            return null;
        }

        foreach (var c in line[..colon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not (' ' or '_' or '-'))
            {
                return null;
            }
        }

        return line[..colon].ToString();
    }
}
