using System.Text;

namespace Bot.Core.Recaps;

/// <summary>The stable id of a page: the slug of its file name, or of its folder when the file is <c>index.md</c> or a
/// <c>README.md</c>.</summary>
public static class PageId
{
    /// <summary>The page's file name without its extension (<c>2023-02-01-live</c>): what a page without a title is called.</summary>
    public static string FileStem(string source)
    {
        var name = source.Replace('\\', '/').TrimEnd('/').Split('/')[^1];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    // Markdown as Hugo and Jekyll name it: `.md`, and the `.markdown` of many Jekyll sites' posts; `.smd`, the
    // SuperMarkdown of Zine sites.
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".smd"];

    /// <summary>Whether a file is a page: Markdown by its extension, and not a folder's README for its authors.</summary>
    public static bool IsPage(string fileName) => MarkdownStem(fileName) is { } stem && !IsReadmeStem(stem);

    /// <summary>Whether a file is a folder's Markdown README (a page only when alone in a folder without subfolders).</summary>
    public static bool IsReadme(string fileName) => MarkdownStem(fileName) is { } stem && IsReadmeStem(stem);

    private static bool IsReadmeStem(string stem) => stem.Equals("README", StringComparison.OrdinalIgnoreCase);

    private static string? MarkdownStem(string name)
    {
        foreach (var extension in MarkdownExtensions)
        {
            if (name.Length > extension.Length && name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^extension.Length];
            }
        }

        return null;
    }

    public static string FromSource(string source)
    {
        var parts = source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length == 0 ? "" : parts[^1];
        var stem = MarkdownStem(name);
        if (stem is not null && (stem.Equals("index", StringComparison.OrdinalIgnoreCase) || stem.Equals("_index", StringComparison.OrdinalIgnoreCase)
            || IsReadmeStem(stem)))
        {
            name = parts.Length > 1 ? parts[^2] : "index";
        }
        else
        {
            name = stem ?? name;
        }

        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(ch) || (ch > 0x7F && char.IsLetterOrDigit(ch));
            if (keep)
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "page" : slug;
    }
}
