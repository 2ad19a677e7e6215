namespace Bot.Core.Recaps.Talks;

/// <summary>Links at the end of a talk's line whose text only says what they are (<c>### Jane Doe -- Title
/// [[slides](…)] [[video](…)]</c>): the talk's deck and recording, not words of its title.</summary>
internal static class TrailingLinks
{
    public static string Strip(string text, (string Text, string Url)[] links, out string? deck, out string? video)
    {
        (deck, video) = (null, null);
        var rest = text.TrimEnd();
        for (var i = links.Length - 1; i >= 0; i--)
        {
            var label = links[i].Text.Trim();
            var key = Text.TextNormalizer.Key(label);
            var isDeck = AgendaTableLayout.DeckHeaders.In(key);
            if (label.Length is 0 or > 12 || !(isDeck || AgendaTableLayout.VideoHeaders.In(key)))
            {
                break;
            }

            var cut = rest.EndsWith($"[{label}]", StringComparison.Ordinal) ? label.Length + 2
                : rest.EndsWith(label, StringComparison.Ordinal) ? label.Length : -1;
            if (cut < 0 || cut == rest.Length)
            {
                break;
            }

            rest = rest[..^cut].TrimEnd();
            if (isDeck)
            {
                deck = links[i].Url;
            }
            else
            {
                video = links[i].Url;
            }
        }

        return rest;
    }
}
