using Markdig;

namespace Bot.Core.Recaps;

/// <summary>The one Markdig pipeline every recap component parses with, so the page parser and talk
/// extraction see the same AST (YAML front matter as a block, pipe tables as tables).</summary>
public static class RecapMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();
}
