namespace Bot.Core.Catalog;

/// <summary>One person across all events: every name pages use for them, the latest affiliation and bio,
/// and every talk, newest first.</summary>
public sealed record SpeakerProfile(string Id, string Name, IReadOnlyList<string> Aliases, string? Affiliation, string? Bio, IReadOnlyList<TalkRef> Talks)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
