namespace Bot.Check;

/// <summary>A talk in <c>check --json</c>.</summary>
public sealed record CheckTalkJson(string Title, IReadOnlyList<string> Speakers, string? SlidesUrl);
