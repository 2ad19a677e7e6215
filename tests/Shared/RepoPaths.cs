namespace Bot.Testing;

/// <summary>Shared by every test project (linked, not copied): finds the repository root (the folder holding Bot.sln) and the shared corpus beside it.
/// A missing corpus fails the test that needs it: those figures are the parser's acceptance bar.</summary>
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

    public static string Corpus
    {
        get
        {
            var corpus = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "sofastack"));
            if (!Directory.Exists(corpus))
            {
                throw new DirectoryNotFoundException($"the SOFAStack corpus is missing: expected it at {corpus}");
            }

            return corpus;
        }
    }

    /// <summary>The pages of the ten other communities beside sofastack/ (issue 11's development corpus), in path order.</summary>
    public static IReadOnlyList<string> OtherCommunityPages =>
        [.. Directory.GetDirectories(Path.GetDirectoryName(Corpus)!)
            .Where(d => !d.EndsWith("sofastack", StringComparison.Ordinal))
            .SelectMany(d => Directory.GetFiles(d, "*.md"))
            .Order(StringComparer.Ordinal)];

    public static string Content => Path.Combine(Root, "content");

    public static string CorpusPage(string file) => File.ReadAllText(Path.Combine(Corpus, file));

    /// <summary>The 69 corpus pages (other files that may appear in the folder are ignored).</summary>
    public static IReadOnlyList<string> CorpusFiles =>
        [.. Directory.GetFiles(Corpus, "*.md").Select(Path.GetFileName).OfType<string>()
            .Where(f => f.StartsWith("zh-", StringComparison.Ordinal) || f.StartsWith("en-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
