using Bot.Core.Conversation;

namespace Bot.Core.Formatting;

/// <summary>Splits a reply whose visible text exceeds Telegram's limit at paragraph boundaries (then lines, then,
/// for one enormous line, plain-text chunks); buttons and document stay on the last part.</summary>
public static class ReplySplitter
{
    public static IReadOnlyList<BotReply> Split(BotReply reply, int limit = TelegramLimits.MessageLength)
    {
        // Tags and entities only shorten the text, so a reply within the limit in units needs no walk.
        if (reply.Html.Length <= limit || TelegramHtml.VisibleLength(reply.Html) <= limit)
        {
            return [reply];
        }

        var parts = Pack(reply.Html.Split("\n\n"), "\n\n", limit, paragraph =>
            Pack(paragraph.Split('\n'), "\n", limit, HardSplit(limit)));
        return parts.Select((html, i) => i == parts.Count - 1 ? reply with { Html = html } : new BotReply(html)).ToList();
    }

    private static Func<string, IReadOnlyList<string>> HardSplit(int limit) => line =>
    {
        var plain = TelegramHtml.ToPlainText(line);
        var chunks = new List<string>();
        for (var start = 0; start < plain.Length;)
        {
            var length = Math.Min(limit, plain.Length - start);
            if (length < plain.Length - start && char.IsHighSurrogate(plain[start + length - 1]))
            {
                length--;
            }

            chunks.Add(Html.Escape(plain.Substring(start, length)));
            start += length;
        }

        return chunks;
    };

    private static List<string> Pack(IEnumerable<string> pieces, string separator, int limit, Func<string, IReadOnlyList<string>> splitTooLong)
    {
        var parts = new List<string>();
        var current = string.Empty;
        var currentLength = 0;
        foreach (var piece in pieces.SelectMany(p => TelegramHtml.VisibleLength(p) > limit ? splitTooLong(p) : [p]))
        {
            var length = TelegramHtml.VisibleLength(piece);
            if (current.Length > 0 && currentLength + separator.Length + length > limit)
            {
                parts.Add(current);
                current = string.Empty;
                currentLength = 0;
            }

            current = current.Length == 0 ? piece : current + separator + piece;
            currentLength += (currentLength == 0 ? 0 : separator.Length) + length;
        }

        if (current.Length > 0 || parts.Count == 0)
        {
            parts.Add(current);
        }

        return parts;
    }
}
