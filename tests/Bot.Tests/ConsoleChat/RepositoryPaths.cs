namespace Bot.Tests.ConsoleChat;

internal static class RepositoryPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds Bot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared corpus of real pages, beside the repository (never copied into it).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sofastack"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
