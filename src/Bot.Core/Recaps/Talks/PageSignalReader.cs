namespace Bot.Core.Recaps.Talks;

/// <summary>Notes, from the first characters of a leaf, which layouts could apply to the page.</summary>
internal static class PageSignalReader
{
    public static PageSignals Of(NodeKind kind, string text, bool bold, bool hasLink)
    {
        var lead = text.AsSpan().TrimStart(" |\u00a0");
        var slot = lead.Length > 0 && char.IsAsciiDigit(lead[0]) ? PageSignals.SlotTitle : PageSignals.None;
        var signals = PageSignals.None;
        switch (kind)
        {
            case NodeKind.Table:
                return PageSignals.Table;
            case NodeKind.Html:
                return text.Contains("<table", StringComparison.OrdinalIgnoreCase) ? PageSignals.HtmlTable : PageSignals.None;
            case NodeKind.Heading:
                signals |= slot | (lead.Contains('《') ? PageSignals.Bracket : PageSignals.None);
                return signals;
            case NodeKind.Paragraph:
                signals |= !hasLink && lead.Contains('《') ? PageSignals.Bracket : PageSignals.None;
                signals |= bold ? slot : PageSignals.None;
                return signals;
            default:
                return signals;
        }
    }
}
