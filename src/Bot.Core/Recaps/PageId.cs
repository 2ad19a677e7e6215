using System.Text;

namespace Bot.Core.Recaps;

/// <summary>The stable id of a page: the slug of its file name, or of its folder when the file is <c>index.md</c>.</summary>
public static class PageId
{
    /// <summary>The page's file name without its extension (<c>2023-02-01-live</c>): what a page without a title is called.</summary>
    public static string FileStem(string source)
    {
        var name = source.Replace('\\', '/').TrimEnd('/').Split('/')[^1];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    public static string FromSource(string source)
    {
        var parts = source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length == 0 ? "" : parts[^1];
        if (name.Equals("index.md", StringComparison.OrdinalIgnoreCase) || name.Equals("_index.md", StringComparison.OrdinalIgnoreCase))
        {
            name = parts.Length > 1 ? parts[^2] : "index";
        }
        else if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
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
