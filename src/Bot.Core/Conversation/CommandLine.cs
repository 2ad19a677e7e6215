namespace Bot.Core.Conversation;

/// <summary>A message read as <c>/name[@bot] arguments</c>.</summary>
/// <param name="Name">Lower-case, without slash and mention; empty when the text after the slash is no valid name.</param>
/// <param name="Mention">The <c>@bot</c> part without '@', if any.</param>
public sealed record CommandLine(string Name, string? Mention, string Arguments)
{
    public static CommandLine? TryParse(string? text)
    {
        var trimmed = text?.TrimStart() ?? string.Empty;
        if (!trimmed.StartsWith('/'))
        {
            return null;
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var token = trimmed[1..end];
        var arguments = trimmed[end..].Trim();
        var at = token.IndexOf('@');
        var name = at < 0 ? token : token[..at];
        var mention = at < 0 ? null : token[(at + 1)..];
        return new CommandLine(IsValidName(name) ? name.ToLowerInvariant() : string.Empty, mention, arguments);
    }

    /// <summary>Addressed to us: no mention, or a mention of our username (any mention when offline).</summary>
    public bool IsFor(string? botUsername) =>
        Mention is null || botUsername is null || string.Equals(Mention, botUsername.TrimStart('@'), StringComparison.OrdinalIgnoreCase);

    // Telegram's rule for bot commands: 1–32 of [A-Za-z0-9_].
    private static bool IsValidName(string name) =>
        name.Length is > 0 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
