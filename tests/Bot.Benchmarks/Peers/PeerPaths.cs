namespace Bot.Benchmarks.Peers;

/// <summary>Where things are, found from the repository root (the folder holding Bot.sln).</summary>
public sealed record PeerPaths(string Root)
{
    public string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sofastack"));
    public string GrammyPeer => Path.Combine(Root, "tests", "Peers", "grammy");
    public string Report => Path.Combine(Root, "BENCHMARKS.md");

    /// <summary>Our bot, built beside this assembly (Bot.Benchmarks references src/Bot, so Release builds Release).</summary>
    public static string OurBotDll => Path.Combine(AppContext.BaseDirectory, "Bot.dll");

    public static PeerPaths Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln"))) return new PeerPaths(dir.FullName);
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the current folder or the benchmark binary; run from the repository.");
    }
}
