using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bot.Tests.Architecture;

/// <summary>The folders of src/ depend on each other in one direction only (<see cref="DependencyRules"/>), and
/// Bot.Core stays pure.</summary>
public sealed partial class ArchitectureSpecs
{
    private static readonly IReadOnlyList<SourceFile> Sources = ArchitectureCheck.Sources(RepoPaths.Root);

    [Fact]
    public void Every_file_in_src_uses_only_what_its_folder_may_use_and_Core_reaches_no_Telegram_Quartz_SQLite_or_file_system()
    {
        // Act
        var violations = ArchitectureCheck.Violations(Sources);

        // Assert
        Sources.Should().Contain(f => f.Path == "src/Bot/Program.cs").And.Contain(f => f.Path.StartsWith("src/Bot.Core/Recaps/", StringComparison.Ordinal));
        violations.Should().BeEmpty();
    }

    [Fact]
    public void Bot_Core_references_no_Telegram_Quartz_or_SQLite_package_and_not_the_host()
    {
        // Arrange
        var project = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Bot.Core", "Bot.Core.csproj"));

        // Act
        var packages = project.Descendants("PackageReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();
        var projects = project.Descendants("ProjectReference").Select(p => (string?)p.Attribute("Include") ?? "").ToList();

        // Assert
        packages.Should().NotBeEmpty().And.NotContain(p => ForbiddenPackage().IsMatch(p));
        projects.Should().BeEmpty();
    }

    [Fact]
    public void The_allowed_directions_have_no_cycle()
    {
        // Act: peel off folders that use nothing left until none can be peeled.
        var table = DependencyRules.Host.Concat(DependencyRules.Core).ToDictionary(r => r.Key, r => r.Value.ToHashSet());
        while (table.FirstOrDefault(r => r.Value.All(u => !table.ContainsKey(u))) is { Key: { } free })
        {
            table.Remove(free);
        }

        // Assert
        table.Keys.Should().BeEmpty("these folders may use each other in a circle");
    }

    [Fact]
    public void Every_tolerated_use_against_the_direction_still_occurs()
    {
        // Act
        var uses = ArchitectureCheck.Uses(Sources);

        // Assert: once its cause has moved, a line of DependencyRules.Pending must go.
        DependencyRules.Pending.Select(p => (p.From, p.To)).Should().BeSubsetOf(uses);
    }

    [Fact]
    public void The_README_layout_section_draws_the_same_table()
    {
        // Arrange
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var layout = readme[readme.IndexOf("\n## Layout", StringComparison.Ordinal)..];
        layout = layout[..layout.IndexOf("\n## ", 1, StringComparison.Ordinal)];

        // Act
        var drawn = ReadmeRow().Matches(layout).ToDictionary(
            row => UnitOfFolder(row.Groups["folder"].Value),
            row => MayUse(row.Groups["folder"].Value, row.Groups["uses"].Value));

        // Assert
        drawn.Keys.Should().BeEquivalentTo(DependencyRules.Units);
        foreach (var (unit, allowed) in DependencyRules.Host.Concat(DependencyRules.Core))
        {
            drawn[unit].Should().BeEquivalentTo(allowed, $"the README's row for {unit}");
        }
    }

    [Fact]
    public void A_use_against_the_direction_is_reported_with_its_file_and_line()
    {
        // Arrange: storage reaching up into the Telegram edge, once by a using and once written out in code.
        var file = new SourceFile("src/Bot/Storage/Inbox.cs",
            "using Bot.Core.Reminders;\nusing Bot.Telegram.Sending;\n\nnamespace Bot.Storage;\n\nclass Inbox { object P => new Bot.Reminders.OutboxDispatcher(); }\n");

        // Act
        var violations = ArchitectureCheck.Violations([file]);

        // Assert
        violations.Should().Equal(
            "src/Bot/Storage/Inbox.cs:2: Bot.Storage may not use Bot.Telegram.Sending",
            "src/Bot/Storage/Inbox.cs:6: Bot.Storage may not use Bot.Reminders");
    }

    [Fact]
    public void Core_reaching_Telegram_Quartz_SQLite_the_file_system_or_the_host_is_reported()
    {
        // Arrange
        var file = new SourceFile("src/Bot.Core/Text/Reader.cs", """
            using Quartz;
            using Bot.Content;

            namespace Bot.Core.Text;

            // File.ReadAllText in a comment is not a use, nor is "Directory.Exists" in a string.
            class Reader
            {
                string Read(string path) => System.IO.File.ReadAllText(path) + "Directory.Exists";
                bool Here(string path) => Directory.Exists(path) && new Microsoft.Data.Sqlite.SqliteConnection() is not null;
            }
            """.ReplaceLineEndings("\n"));

        // Act
        var violations = ArchitectureCheck.Violations([file]);

        // Assert
        violations.Should().BeEquivalentTo(
            "src/Bot.Core/Text/Reader.cs:2: Bot.Core.Text may not use Bot.Content",
            "src/Bot.Core/Text/Reader.cs:1: Bot.Core uses Quartz",
            "src/Bot.Core/Text/Reader.cs:9: Bot.Core touches the file system (System.IO.File.ReadAllText)",
            "src/Bot.Core/Text/Reader.cs:10: Bot.Core uses Microsoft.Data.Sqlite",
            "src/Bot.Core/Text/Reader.cs:10: Bot.Core touches the file system (Directory.Exists)");
    }

    [Fact]
    public void A_file_outside_its_folders_namespace_or_in_a_folder_missing_from_the_table_is_reported()
    {
        // Arrange
        SourceFile[] files =
        [
            new("src/Bot/Telegram/Sending/Gate.cs", "namespace Bot.Storage;\n"),
            new("src/Bot/Metrics/Counter.cs", "namespace Bot.Metrics;\n"),
        ];

        // Act
        var violations = ArchitectureCheck.Violations(files);

        // Assert
        violations.Should().Equal(
            "src/Bot/Telegram/Sending/Gate.cs: namespace Bot.Storage is not its folder's, Bot.Telegram.Sending",
            "src/Bot/Metrics/Counter.cs: its folder Bot.Metrics is not in the table of allowed directions");
    }

    private static string UnitOfFolder(string folder) =>
        folder == "src/Bot" ? "Bot" : folder.Replace("src/", "", StringComparison.Ordinal).Replace('/', '.');

    /// <summary>The "may use" cell: folder names relative to the row's project, "—" for none, or every host folder.</summary>
    private static string[] MayUse(string folder, string cell)
    {
        if (cell.Contains("every host folder", StringComparison.Ordinal))
            return [.. DependencyRules.Host.Keys.Where(u => u is not ("Bot" or "Bot.Hosting"))];
        var project = folder.StartsWith("src/Bot.Core", StringComparison.Ordinal) ? "Bot.Core." : "Bot.";
        return [.. CodeSpan().Matches(cell).Select(m => project + m.Groups[1].Value.Replace('/', '.'))];
    }

    [GeneratedRegex(@"^\| `(?<folder>src/Bot(?:\.Core)?(?:/[\w/]+)?)`[^|]*\|[^|]*\| (?<uses>[^|]+) \|$", RegexOptions.Multiline)]
    private static partial Regex ReadmeRow();

    [GeneratedRegex(@"`([\w/]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^(Telegram|Quartz|Dapper|SQLitePCL|Microsoft\.Data\.Sqlite)", RegexOptions.IgnoreCase)]
    private static partial Regex ForbiddenPackage();
}
