using System.Buffers;
using System.Collections.Frozen;

namespace Bot.Core.Recaps;

/// <summary>A link label written with words around its name: whose or where it is before it (<c>讲师PPT</c>,
/// <c>视频直播回放</c>, <c>B站视频地址</c>), what is done with it after it (<c>PPT下载地址</c>, <c>幻灯片归档</c>). Communities
/// word the same label many ways; a table of every combination would never be complete.</summary>
internal static class QualifiedLabel
{
    // Words that say whose or where the link is without changing what it is.
    private static readonly string[] Qualifiers =
    [
        "全部", "所有", "本期", "本次", "活动", "演讲", "分享", "会议", "讲师", "嘉宾", "讲者", "视频", "all", "event", "speaker",
        "b站", "bilibili", "哔哩哔哩", "youtube", "网络", "线上", "在线", "官方", "online", "official",
    ];

    // Words that say what is done with the link: fetched, kept, followed.
    private static readonly string[] Tails = ["下载地址", "下载链接", "归档地址", "地址", "链接", "入口", "下载", "归档", "link", "url"];

    // The first characters of the qualifiers and the last ones of the tails: the links' labels are asked about every
    // label of a page, most of which (活动时间, 地点) neither open with a qualifier nor end with a tail, and one look at
    // each end spares them trying every word.
    private static readonly SearchValues<char> QualifierFirsts = SearchValues.Create([.. Qualifiers.Select(q => q[0])]);
    private static readonly SearchValues<char> TailLasts = SearchValues.Create([.. Tails.Select(t => t[^1])]);

    /// <summary>Whether <paramref name="key"/> (a folded label) is one of <paramref name="names"/>, alone or with one
    /// qualifier before it and one tail after it.</summary>
    public static bool Names(string key, FrozenSet<string> names)
    {
        if (names.Contains(key))
        {
            return true;
        }

        if (key.Length == 0)
        {
            return false;
        }

        var tailed = TailLasts.Contains(key[^1]);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (tailed && Untailed(key, lookup))
        {
            return true;
        }

        if (!QualifierFirsts.Contains(key[0]))
        {
            return false;
        }

        foreach (var qualifier in Qualifiers)
        {
            if (key.Length > qualifier.Length && key.StartsWith(qualifier, StringComparison.Ordinal))
            {
                var rest = key.AsSpan(qualifier.Length);
                if (lookup.Contains(rest) || (tailed && Untailed(rest, lookup)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Untailed(ReadOnlySpan<char> key, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        foreach (var tail in Tails)
        {
            if (key.Length > tail.Length && key.EndsWith(tail, StringComparison.Ordinal) && names.Contains(key[..^tail.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
