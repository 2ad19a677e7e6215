using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Outline;

/// <summary>Splits a paragraph's inlines into visual lines with their links; depth-limited so junk input with
/// thousands of nested emphasis or brackets cannot recurse deeply.</summary>
internal static class InlineLines
{
    private const int MaxDepth = 48;

    public static string PlainText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        if (inline is not null)
        {
            AppendText(sb, inline, 0);
        }

        return sb.ToString().Trim();
    }

    public static List<(string Text, IReadOnlyList<PageLink> Links, int Line)> Split(
        ParagraphBlock paragraph, int depth, List<PageImage> images, string? section)
    {
        var state = new State(paragraph.Line + 1, images, section);
        if (paragraph.Inline is { } inline)
        {
            state.Walk(inline, depth);
        }

        state.EndLine();
        state.Release();
        return state.Result;
    }

    private static void AppendText(StringBuilder sb, Inline inline, int depth)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container when depth < MaxDepth:
                foreach (var child in container)
                {
                    AppendText(sb, child, depth + 1);
                }

                break;
        }
    }

    private sealed class State(int firstLine, List<PageImage> images, string? section)
    {
        // One builder per thread: a page has hundreds of paragraphs and this is the parser's hottest allocation.
        [ThreadStatic]
        private static StringBuilder? _shared;

        private readonly StringBuilder _text = TakeBuilder();
        private List<PageLink>? _links;
        private int _line = firstLine;

        private static StringBuilder TakeBuilder()
        {
            var sb = _shared ?? new StringBuilder(256);
            _shared = null;
            return sb.Clear();
        }

        public void Release() => _shared = _text.Clear();

        public List<(string Text, IReadOnlyList<PageLink> Links, int Line)> Result { get; } = [];

        public void Walk(Inline inline, int depth)
        {
            switch (inline)
            {
                case LineBreakInline:
                    EndLine();
                    break;
                case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                    EndLine();
                    break;
                case LinkInline { IsImage: true } image:
                    if (!string.IsNullOrWhiteSpace(image.Url))
                    {
                        images.Add(new PageImage(image.Url, _line, section));
                    }

                    break;
                case LinkInline link:
                    var from = _text.Length;
                    AppendText(_text, link, 0);
                    if (!string.IsNullOrWhiteSpace(link.Url))
                    {
                        var text = _text.ToString(from, _text.Length - from).Trim();
                        (_links ??= []).Add(new PageLink(text, link.Url, _line));
                    }

                    break;
                case AutolinkInline autolink:
                    _text.Append(autolink.Url);
                    (_links ??= []).Add(new PageLink(autolink.Url, autolink.Url, _line));
                    break;
                case ContainerInline container when depth < MaxDepth:
                    foreach (var child in container)
                    {
                        Walk(child, depth + 1);
                    }

                    break;
                case ContainerInline:
                    break;
                default:
                    AppendText(_text, inline, depth);
                    break;
            }
        }

        public void EndLine()
        {
            var text = _text.Length == 0 ? "" : _text.ToString().Trim();
            if (text.Length > 0 || _links is not null)
            {
                if (BareUrls.MayContain(text))
                {
                    BareUrls.AddTo(text, _links ??= [], _line);
                }

                Result.Add((text, _links is null ? [] : _links, _line));
            }

            _text.Clear();
            _links = null;
            _line++;
        }
    }
}
