namespace Bot.Core.Recaps.Outline;

/// <summary>URLs written as plain text (<c>注册地址：https://…</c>), which CommonMark does not make links.</summary>
internal static class BareUrls
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly char[] UrlTrail = ['.', ',', ';', ')', '>'];

    public static bool MayContain(string text) => text.Contains("://", StringComparison.Ordinal);

    public static void AddTo(string text, List<PageLink> links, int line)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf("http", from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return;
            }

            var end = at;
            while (end < text.Length && IsUrlChar(text[end]))
            {
                end++;
            }

            var url = text[at..end].TrimEnd(UrlTrail);
            var isUrl = url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            if (isUrl && url.Length > 10 && !Known(links, url))
            {
                links.Add(new PageLink(url, url, line));
            }

            from = Math.Max(end, at + 4);
        }
    }

    // Already a link's target, or inside a link's text.
    private static bool Known(List<PageLink> links, string url)
    {
        foreach (var link in links)
        {
            if (link.Url == url || link.Text.Contains(url, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlChar(char c) => c > ' ' && c < 0x7F && c is not ('<' or '>' or '"' or '\'' or '`');
}
