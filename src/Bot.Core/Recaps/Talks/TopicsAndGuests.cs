using Bot.Core.Events;

namespace Bot.Core.Recaps.Talks;

/// <summary>A page that lists its talks under one section (<c>## 议题介绍</c>, one heading per talk, no speaker lines)
/// and its speakers under another (<c>## 讲师介绍</c>): as many talks as guests are paired in page order, as a reader
/// pairs them.</summary>
internal static class TopicsAndGuests
{
    private static readonly string[] TopicHeadings = ["议题", "议题介绍", "议题简介", "分享议题", "活动议题", "分享内容", "主题介绍", "topics", "talks", "sessions", "agenda"];

    public static List<TalkDraft> Pair(PageView page, List<Speaker> guests)
    {
        if (guests.Count < 2 || page.Section(static text => text.Length <= 16, IsTopicsHeading) is not var (start, end))
        {
            return [];
        }

        var nodes = page.Nodes;
        var level = nodes[start - 1].Level;
        var titles = new List<(string Title, int Line)>();
        for (var i = start; i < end; i++)
        {
            if (nodes[i].Kind == NodeKind.Heading && nodes[i].Level == level + 1 && TitleText.Unwrap(nodes[i].Text) is { Length: >= 2 } title)
            {
                titles.Add((title, nodes[i].Line));
            }
        }

        if (titles.Count != guests.Count)
        {
            return [];
        }

        var talks = new List<TalkDraft>(titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            talks.Add(new TalkDraft(titles[i].Title, titles[i].Line).With(guests[i]));
        }

        return talks;
    }

    private static bool IsTopicsHeading(string heading) =>
        Array.IndexOf(TopicHeadings, Text.TextNormalizer.Key(heading)) >= 0;
}
