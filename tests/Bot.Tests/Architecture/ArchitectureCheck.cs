using System.Text.RegularExpressions;

namespace Bot.Tests.Architecture;

/// <summary>Reads source files against <see cref="DependencyRules"/>: every file sits in the namespace of its folder,
/// every folder it uses is one its folder may use, and nothing in Bot.Core reaches Telegram, Quartz, SQLite or the file
/// system. Each problem names the file and the line.</summary>
internal static partial class ArchitectureCheck
{
    public static IReadOnlyList<SourceFile> Sources(string root) =>
        [.. new[] { "src/Bot", "src/Bot.Core" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(root, path))))];

    public static IReadOnlyList<string> Violations(IEnumerable<SourceFile> files)
    {
        List<string> problems = [];
        foreach (var file in files)
        {
            var inCore = file.Path.StartsWith("src/Bot.Core/", StringComparison.Ordinal);
            // Program.cs has top-level statements and no namespace: it is the root of the host.
            var ns = file.Namespace ?? (inCore ? null : "Bot");
            if (ns != file.FolderNamespace)
            {
                problems.Add($"{file.Path}: namespace {ns ?? "(none)"} is not its folder's, {file.FolderNamespace}");
                continue;
            }

            if (DependencyRules.UnitOf(ns) is not { } unit)
            {
                problems.Add($"{file.Path}: its folder {ns} is not in the table of allowed directions");
                continue;
            }

            foreach (var (used, line) in file.Uses())
            {
                if (DependencyRules.UnitOf(used) is not { } target)
                    problems.Add($"{file.Path}:{line}: uses {used}, which is in no folder of the table");
                else if (!DependencyRules.MayUse(unit, target))
                    problems.Add($"{file.Path}:{line}: {unit} may not use {target}");
            }

            if (inCore) problems.AddRange(CoreBoundary(file));
        }

        return problems;
    }

    /// <summary>The uses of one folder by another that actually occur (for the tolerated list, which must not go stale).</summary>
    public static IReadOnlySet<(string From, string To)> Uses(IEnumerable<SourceFile> files) =>
        files.SelectMany(f => f.Uses().Select(u => (From: DependencyRules.UnitOf(f.Namespace ?? "Bot"), To: DependencyRules.UnitOf(u.Namespace))))
            .Where(u => u.From is not null && u.To is not null && u.From != u.To)
            .Select(u => (u.From!, u.To!))
            .ToHashSet();

    private static IEnumerable<string> CoreBoundary(SourceFile file)
    {
        var lines = file.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (ForbiddenUsing().Match(lines[i]) is { Success: true } used)
                yield return $"{file.Path}:{i + 1}: Bot.Core uses {used.Groups[1].Value}";
        }

        foreach (var (code, line) in file.CodeLines())
        {
            if (ForbiddenName().Match(code) is { Success: true } named)
                yield return $"{file.Path}:{line}: Bot.Core uses {named.Value.TrimEnd('.')}";
            if (FileSystem().Match(code) is { Success: true } touched)
                yield return $"{file.Path}:{line}: Bot.Core touches the file system ({touched.Value.Trim()})";
        }
    }

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?:global::)?((?:Telegram|Quartz|Dapper|SQLitePCL|Microsoft\.Data\.Sqlite)\b[\w.]*)\s*;")]
    private static partial Regex ForbiddenUsing();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?:Telegram\.Bot|Quartz|Dapper|SQLitePCL|Microsoft\.Data\.Sqlite)\.")]
    private static partial Regex ForbiddenName();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?(?:System\.IO\.)?(?:File|Directory|Path|FileInfo|DirectoryInfo|FileSystemInfo|FileStream|FileSystemWatcher|DriveInfo)\s*\.\s*[A-Z]\w*|\bnew\s+(?:System\.IO\.)?(?:FileInfo|DirectoryInfo|FileStream|FileSystemWatcher|DriveInfo)\s*\(|\bEnvironment\.CurrentDirectory\b")]
    private static partial Regex FileSystem();
}
