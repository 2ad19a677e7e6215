namespace Bot.Tests.Aot;

/// <summary>A spec of the Native AOT binary named by <c>BOT_AOT_BINARY</c> (.ci/aot publishes it and sets it); skipped,
/// saying why, where it is not set.</summary>
public sealed class AotFactAttribute : FactAttribute
{
    public const string Variable = "BOT_AOT_BINARY";

    public AotFactAttribute()
    {
        if (Binary is null)
        {
            Skip = $"{Variable} is not set: these specs run the Native AOT publish (.ci/aot builds it and sets {Variable}).";
        }
    }

    /// <summary>The published executable, null when not given.</summary>
    public static string? Binary => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;
}
