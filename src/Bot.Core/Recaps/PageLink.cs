namespace Bot.Core.Recaps;

/// <summary>A link found on the page, with its visible text and 1-based line.</summary>
public sealed record PageLink(string Text, string Url, int Line);
