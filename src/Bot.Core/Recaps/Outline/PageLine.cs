namespace Bot.Core.Recaps.Outline;

/// <summary>One visual line of a paragraph (split at soft/hard breaks and <c>&lt;br&gt;</c>), with its links.</summary>
/// <param name="Section">Cleaned text of the nearest heading above, or null before the first heading.</param>
/// <param name="InSummary">Whether the line belongs to the 概要 block (§3).</param>
/// <param name="StartsItem">First line of a top-level 概要 list item: it always starts a new entry.</param>
/// <param name="StartsBlock">First line of its paragraph.</param>
public sealed record PageLine(string Text, IReadOnlyList<PageLink> Links, int Line, string? Section, bool InSummary, bool StartsItem, bool StartsBlock)
{
    /// <summary>The line holds nothing but links (or bare URLs), like the lines of a slides or replay list.</summary>
    public bool IsLinksOnly { get; } = Links.Count > 0 && OnlyFiller(Text, Links);

    // What is left once the link texts are taken out may only be spaces, brackets and list punctuation. The texts are
    // cut out in turn, each from what the cuts before it left, in one buffer (a cut shifts the tail, it copies no string).
    private static bool OnlyFiller(string text, IReadOnlyList<PageLink> links)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        var rest = buffer;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var at = link.Text.Length == 0 ? -1 : rest.IndexOf(link.Text);
            if (at >= 0)
            {
                rest[(at + link.Text.Length)..].CopyTo(rest[at..]);
                rest = rest[..^link.Text.Length];
            }
        }

        foreach (var c in rest)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && c is not ('\u200B' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }
}
