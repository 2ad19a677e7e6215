namespace Bot.Core.Events;

/// <summary>A person as a page writes them: <see cref="Name"/> is the real name when the page gives one,
/// <see cref="Aliases"/> the other names (花名 ↔ real name).</summary>
public sealed record Speaker(string Name, IReadOnlyList<string> Aliases, string? Affiliation = null, string? Bio = null)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
