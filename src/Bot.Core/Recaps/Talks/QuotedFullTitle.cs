namespace Bot.Core.Recaps.Talks;

/// <summary>A block headed by a short name of its talk (<c>**OceanBase**</c>) whose paragraph quotes the whole title
/// (<c>…分享了《OceanBase：企业级数据库的开源之路》</c>): the quoted title is the talk's. Only a quote that holds the head
/// counts, so a block's quote of some other work (a book, an earlier talk) never renames it.</summary>
internal static class QuotedFullTitle
{
    public static void Apply(PageView page, List<TalkDraft> talks)
    {
        for (var t = 0; t < talks.Count; t++)
        {
            var talk = talks[t];
            if (talk.Title.Contains('《'))
            {
                continue;
            }

            var end = t + 1 < talks.Count ? talks[t + 1].Line : int.MaxValue;
            if (Quoted(page, talk.Line, end, talk.Title) is { } whole)
            {
                talk.Title = whole;
            }
        }
    }

    private static string? Quoted(PageView page, int from, int end, string head)
    {
        string? found = null;
        foreach (var node in page.Nodes)
        {
            if (node.Line <= from || !node.IsParagraph || !node.Text.Contains('《'))
            {
                continue;
            }

            if (node.Line >= end)
            {
                break;
            }

            for (var open = node.Text.IndexOf('《'); open >= 0; open = node.Text.IndexOf('《', open + 1))
            {
                var close = node.Text.IndexOf('》', open + 1);
                if (close < 0)
                {
                    break;
                }

                var quoted = node.Text[(open + 1)..close].Replace("**", "", StringComparison.Ordinal).Trim();
                if (quoted.Length > head.Length && quoted.Contains(head, StringComparison.OrdinalIgnoreCase))
                {
                    // Two different quotes that both hold the head leave the block as it is.
                    if (found is not null && found != quoted)
                    {
                        return null;
                    }

                    found = quoted;
                }
            }
        }

        return found;
    }
}
