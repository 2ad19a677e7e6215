using Bot.Benchmarks.Peers;

namespace Bot.Tests.Peers;

public sealed class BenchmarksReportSpecs : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"benchmarks-{Guid.NewGuid():N}.md");

    [Fact]
    public async Task Only_the_marked_section_is_replaced_and_hand_written_text_stays()
    {
        await File.WriteAllTextAsync(_file, $"# Benchmarks\nintro\n{BenchmarksReport.Begin}\nold table\n{BenchmarksReport.End}\n## Findings\nkept\n");

        await BenchmarksReport.WriteAsync(_file, $"{BenchmarksReport.Begin}\nnew table\n{BenchmarksReport.End}\n");

        var text = await File.ReadAllTextAsync(_file);
        text.Should().Contain("intro").And.Contain("new table").And.Contain("## Findings\nkept").And.NotContain("old table");
    }

    [Fact]
    public async Task A_missing_report_is_started_with_the_section()
    {
        await BenchmarksReport.WriteAsync(_file, $"{BenchmarksReport.Begin}\ntable\n{BenchmarksReport.End}\n");

        (await File.ReadAllTextAsync(_file)).Should().StartWith("# Benchmarks").And.Contain("table");
    }

    public void Dispose() => File.Delete(_file);
}
