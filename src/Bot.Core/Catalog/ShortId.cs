namespace Bot.Core.Catalog;

/// <summary>Short stable ids ([a-z0-9], 8 characters) for callback data and deep links, which must stay within 64
/// bytes of [A-Za-z0-9_-]: page slugs can be long and speaker names are mostly Chinese.</summary>
public static class ShortId
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Of(string text)
    {
        // FNV-1a 64: stable across processes (string.GetHashCode is randomised), so old buttons keep working after a restart.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        Span<char> id = stackalloc char[8];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = Alphabet[(int)(hash % 36)];
            hash /= 36;
        }

        return new string(id);
    }

    public static bool LooksLikeOne(string text) =>
        text.Length == 8 && text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c));
}
