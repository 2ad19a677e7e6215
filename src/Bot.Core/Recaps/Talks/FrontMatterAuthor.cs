using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Bot.Core.Recaps.Talks;

/// <summary>The front-matter <c>author</c> (the page's writer), read from the YAML block: the presenter of a one-session
/// page that names nobody else (<see cref="SessionTalk"/>).</summary>
internal static class FrontMatterAuthor
{
    public static string? Of(MarkdownDocument document)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock yaml)
        {
            return null;
        }

        for (var i = 0; i < yaml.Lines.Count; i++)
        {
            var text = yaml.Lines.Lines[i].Slice.AsSpan().Trim();
            if (text.StartsWith("author:", StringComparison.Ordinal))
            {
                var value = text["author:".Length..].Trim().Trim("\"'").Trim();
                return value.IsEmpty ? null : value.ToString();
            }
        }

        return null;
    }
}
