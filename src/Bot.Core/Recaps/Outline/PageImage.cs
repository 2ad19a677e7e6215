namespace Bot.Core.Recaps.Outline;

/// <summary>An image of the page (agenda posters sit under 议程 headings, often inside a quote).</summary>
public sealed record PageImage(string Url, int Line, string? Section);
