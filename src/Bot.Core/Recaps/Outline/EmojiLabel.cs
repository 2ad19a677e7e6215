namespace Bot.Core.Recaps.Outline;

/// <summary>An emoji that stands for a label where the line writes none: <c>📍 Schiphol Tech Campus, Amsterdam</c>,
/// <c>📅 Wednesday 16 December 2026, 17:30</c>, <c>⏰ 19:00–21:00</c>.</summary>
internal static class EmojiLabel
{
    private static readonly (string Emoji, string Label)[] Labels =
    [
        ("📍", "location"), ("🏢", "location"), ("🗺", "location"),
        ("📅", "date"), ("📆", "date"), ("🗓", "date"),
        ("⏰", "time"), ("🕒", "time"), ("🕖", "time"), ("⌚", "time"),
    ];

    /// <summary>The label the line's leading emoji stands for, and the text after it.</summary>
    public static bool TrySplit(string text, out string label, out string value)
    {
        (label, value) = ("", "");
        var line = text.AsSpan().TrimStart(" -*");
        // Every emoji above lies outside the letters: a line opening with a letter or digit is passed over at once.
        if (line.IsEmpty || char.IsLetterOrDigit(line[0]))
        {
            return false;
        }

        foreach (var (emoji, name) in Labels)
        {
            if (line.StartsWith(emoji, StringComparison.Ordinal))
            {
                // A variation selector (U+FE0F) may follow the emoji.
                var rest = line[emoji.Length..].TrimStart('\uFE0F').Trim();
                (label, value) = (name, rest.ToString());
                return rest.Length > 0;
            }
        }

        return false;
    }
}
