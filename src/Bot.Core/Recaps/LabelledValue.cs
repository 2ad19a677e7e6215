namespace Bot.Core.Recaps;

/// <summary>One <c>label：value</c> pair of a page (a 概要 bullet, a body paragraph like <c>**时间**：…</c>).</summary>
/// <param name="Label">The label as written, cleaned (<c>活动时间</c>, <c>B 站直播间地址</c>, <c>Date</c>).</param>
/// <param name="Value">The value's plain text, raw (continuation lines joined with <c>\n</c>).</param>
/// <param name="Links">Links in the value and in its continuation paragraphs, in page order.</param>
/// <param name="InSummary">Whether the pair sits in the 概要 block, whose values win over body copies (§10).</param>
public sealed record LabelledValue(string Label, string Value, IReadOnlyList<PageLink> Links, int Line, bool InSummary)
{
    /// <summary>The label folded for comparison: no whitespace, half-width, lower-case.</summary>
    public string Key { get; } = Text.TextNormalizer.Key(Label);
}
