namespace Bot.Core.Catalog;

public enum IdentityConflictKind
{
    /// <summary>One 花名 given to two real names: both keep it, neither absorbs the other.</summary>
    SharedHuaming,

    /// <summary>"A（B）" on one page and "B（A）" on another: one person; the name written as the real one more often wins.</summary>
    SwappedNames,
}
