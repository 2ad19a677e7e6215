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

    // The head words' keys, one per line (a string, not an array: a record compares its fields by value).
    private string HeadKeys { get; } = HeadsOf(Label);

    /// <summary>Whether the label is one of <paramref name="keys"/>, whole or by its head words.</summary>
    public bool IsOneOf(ReadOnlySpan<string> keys)
    {
        if (keys.Contains(Key))
        {
            return true;
        }

        if (HeadKeys.Length == 0)
        {
            return false;
        }

        foreach (var range in HeadKeys.AsSpan().Split('\n'))
        {
            var head = HeadKeys.AsSpan(range);
            foreach (var key in keys)
            {
                if (head.SequenceEqual(key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <inheritdoc cref="IsOneOf(ReadOnlySpan{string})"/>
    public bool IsOneOf(System.Collections.Frozen.FrozenSet<string> keys)
    {
        if (keys.Contains(Key))
        {
            return true;
        }

        if (HeadKeys.Length == 0)
        {
            return false;
        }

        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in HeadKeys.AsSpan().Split('\n'))
        {
            if (lookup.Contains(HeadKeys.AsSpan(range)))
            {
                return true;
            }
        }

        return false;
    }

    // An English label of several words is named by its head: the last words of a noun phrase (`Venue address`,
    // `Watch the live stream`), the first of a verb phrase (`Register for free`). A Chinese label has its own entries.
    private static string HeadsOf(string label)
    {
        if (!label.Contains(' ') || !System.Text.Ascii.IsValid(label))
        {
            return string.Empty;
        }

        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return string.Empty;
        }

        var last = Text.TextNormalizer.Key(words[^1]);
        var first = Text.TextNormalizer.Key(words[0]);
        return words.Length >= 3 ? $"{Text.TextNormalizer.Key(words[^2] + words[^1])}\n{last}\n{first}" : $"{last}\n{first}";
    }
}
