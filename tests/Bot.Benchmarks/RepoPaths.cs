namespace Bot.Benchmarks;

/// <summary>The repository root (where Bot.sln is) and the shared corpus beside it.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"Bot.sln not found above {AppContext.BaseDirectory}");
        }
    }

    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sofastack"));
}
