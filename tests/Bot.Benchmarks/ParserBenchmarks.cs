using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Bot.Core.Recaps;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.Serialization;

namespace Bot.Benchmarks;

/// <summary>What the full page parser costs over the bare libraries: Markdig + YamlDotNet (+ Tomlyn for TOML front
/// matter) on a corpus (the floor any parser pays) against <see cref="RecapParser.Parse"/> of the same pages (target
/// ≤ 1.5×), on the 69 SOFAStack pages and on the 66 pages of the ten other communities.</summary>
// Long warm-up: on a loaded machine the tiering JIT runs late, and the full side has far more code to promote.
[SimpleJob(launchCount: 1, warmupCount: 30, iterationCount: 15)]
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class ParserBenchmarks
{
    private readonly IDeserializer _yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
    private (string Name, string Text)[] _pages = [];

    public int PageCount => _pages.Length;

    [Params("sofastack", "others")]
    public string Corpus { get; set; } = "sofastack";

    [GlobalSetup]
    public void LoadCorpus()
    {
        var files = Corpus == "others"
            ? RepoPaths.OtherCommunityPages
            : [.. Directory.GetFiles(RepoPaths.Corpus, "*.md").Order(StringComparer.Ordinal)];
        _pages = [.. files.Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
        if (_pages.Length == 0)
        {
            throw new InvalidOperationException($"no pages in the {Corpus} corpus");
        }
    }

    [Benchmark(Baseline = true, Description = "Markdig + YamlDotNet (bare)")]
    public int BareParse()
    {
        var blocks = 0;
        foreach (var (_, text) in _pages)
        {
            if (text.StartsWith("+++", StringComparison.Ordinal) && text.IndexOf("\n+++", 3, StringComparison.Ordinal) is var close and > 0)
            {
                blocks += Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(text[4..close])?.Count ?? 0;
            }

            var document = Markdown.Parse(text, RecapMarkdown.Pipeline);
            if (document.Count > 0 && document[0] is YamlFrontMatterBlock front)
            {
                blocks += _yaml.Deserialize<Dictionary<string, object>>(front.Lines.ToString())?.Count ?? 0;
            }

            blocks += document.Count;
        }

        return blocks;
    }

    [Benchmark(Description = "RecapParser.Parse (full)")]
    public int FullParse()
    {
        var talks = 0;
        foreach (var (name, text) in _pages)
        {
            talks += RecapParser.Parse(text, name).Event?.Talks.Count ?? 0;
        }

        return talks;
    }
}
