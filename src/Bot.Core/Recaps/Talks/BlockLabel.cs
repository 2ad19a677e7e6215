using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

internal enum LabelKind
{
    None,
    Bio,
    Abstract,
    Takeaways,
    Other,
}

/// <summary>The labels that open the parts of a talk block: <c>嘉宾介绍</c>, <c>**「嘉宾简介」**</c>, <c>议题简介：</c>,
/// <c>听众收获</c>/<c>听众收益</c>, <c>项目地址</c>, <c>讲师介绍：</c>, <c>Topic 介绍：</c>, <c>Bio:</c>, <c>Abstract:</c>.</summary>
internal static class BlockLabel
{
    private static readonly char[] OpenQuote = ['「', ' '];
    private static readonly char[] CloseQuote = ['」', ' '];
    private static readonly char[] Colon = ['：', ':', ' '];

    private static readonly (string Word, LabelKind Kind)[] Labels =
    [
        ("嘉宾介绍", LabelKind.Bio), ("嘉宾简介", LabelKind.Bio), ("讲师介绍", LabelKind.Bio), ("讲师简介", LabelKind.Bio),
        ("个人简介", LabelKind.Bio), ("个人介绍", LabelKind.Bio), ("讲者介绍", LabelKind.Bio),
        ("议题简介", LabelKind.Abstract), ("Topic 介绍", LabelKind.Abstract), ("本期分享大纲", LabelKind.Abstract),
        ("听众收获", LabelKind.Takeaways), ("听众收益", LabelKind.Takeaways), ("你将收获", LabelKind.Takeaways),
        ("项目地址", LabelKind.Other),
        // English pages' talk parts (`##### Bio:`, `**Abstract**`), in any case.
        ("Bio", LabelKind.Bio), ("Biography", LabelKind.Bio), ("Speaker Bio", LabelKind.Bio), ("About the Speaker", LabelKind.Bio),
        ("Abstract", LabelKind.Abstract), ("Talk Abstract", LabelKind.Abstract),
    ];

    /// <summary>The label at the start of <paramref name="text"/> and the text after it (after <c>：</c>).</summary>
    public static LabelKind Read(string text, out string rest)
    {
        rest = string.Empty;
        var lead = text.AsSpan().TrimStart();
        if (lead.Length == 0 || "嘉讲议T本听你项「个BbAaSsTt".IndexOf(lead[0]) < 0)
        {
            return LabelKind.None;
        }

        // Most English paragraphs open with one of those letters: only a short one or one with a colon early on
        // (`Bio:`, `About the Speaker`) can be a label, and the rest is not cleaned to find out.
        if (char.IsAsciiLetter(lead[0]) && lead.Length > 24 && lead[..24].IndexOfAny('：', ':') < 0)
        {
            return LabelKind.None;
        }

        var t = TextNormalizer.Clean(text).TrimStart(OpenQuote);
        foreach (var (word, kind) in Labels)
        {
            if (!t.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var after = t[word.Length..].TrimStart(CloseQuote);
            if (after.Length > 0 && after[0] is not ('：' or ':'))
            {
                continue;
            }

            rest = after.TrimStart(Colon);
            return kind;
        }

        return LabelKind.None;
    }
}
