using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Bot.Core.Recaps;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.Serialization;

namespace Bot.Benchmarks;

/// <summary>What the full page parser costs over the bare libraries: Markdig + YamlDotNet on the 69 corpus pages
/// (the floor any parser pays) against <see cref="RecapParser.Parse"/> of the same pages (target ≤ 1.5×).</summary>
// Long warm-up: on a loaded machine the tiering JIT runs late, and the full side has far more code to promote.
[SimpleJob(launchCount: 1, warmupCount: 30, iterationCount: 15)]
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class ParserBenchmarks
{
    private readonly IDeserializer _yaml = new DeserializerBuilder().IgnoreUnmatchedProperties().Build();
    private (string Name, string Text)[] _pages = [];

    [GlobalSetup]
    public void LoadCorpus()
    {
        var corpus = RepoPaths.Corpus;
        _pages = [.. Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
        if (_pages.Length == 0)
        {
            throw new InvalidOperationException($"no corpus pages in {corpus}");
        }
    }

    [Benchmark(Baseline = true, Description = "Markdig + YamlDotNet (bare)")]
    public int BareParse()
    {
        var blocks = 0;
        foreach (var (_, text) in _pages)
        {
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
