using System.Text;

namespace Bot.Core.Formatting;

/// <summary>Builds Telegram HTML in which every piece of content is escaped and every tag is closed. Paragraphs
/// are separated by a blank line and never contain one, so a long text can be split between them.</summary>
public sealed class HtmlBuilder
{
    private readonly StringBuilder _sb = new();

    public int Length => _sb.Length;

    public HtmlBuilder Text(string? text)
    {
        _sb.Append(Html.Escape(SingleParagraph(text)));
        return this;
    }

    public HtmlBuilder Bold(string? text) => Wrap("b", text);

    public HtmlBuilder Italic(string? text) => Wrap("i", text);

    public HtmlBuilder Code(string? text) => Wrap("code", text);

    public HtmlBuilder Quote(string? text) => Wrap("blockquote", text);

    /// <summary>A link when the URL is an absolute http(s) URL, the bare text otherwise (Telegram rejects other schemes).</summary>
    public HtmlBuilder Link(string? text, string? url)
    {
        var label = string.IsNullOrWhiteSpace(text) ? url : text;
        if (!IsWebUrl(url))
        {
            return Text(label);
        }

        _sb.Append("<a href=\"").Append(Html.Escape(url)).Append("\">").Append(Html.Escape(SingleParagraph(label))).Append("</a>");
        return this;
    }

    public HtmlBuilder Line()
    {
        TrimTrailingSpaces();
        _sb.Append('\n');
        return this;
    }

    /// <summary>Ends the paragraph: the place where a reply over the limit may be split.</summary>
    public HtmlBuilder Paragraph()
    {
        TrimTrailingSpaces();
        if (_sb.Length > 0 && !EndsWith("\n\n"))
        {
            _sb.Append(EndsWith("\n") ? "\n" : "\n\n");
        }

        return this;
    }

    public override string ToString() => _sb.ToString().TrimEnd('\n', ' ');

    public static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private HtmlBuilder Wrap(string tag, string? text)
    {
        _sb.Append('<').Append(tag).Append('>').Append(Html.Escape(SingleParagraph(text))).Append("</").Append(tag).Append('>');
        return this;
    }

    private bool EndsWith(string suffix) =>
        _sb.Length >= suffix.Length && _sb.ToString(_sb.Length - suffix.Length, suffix.Length) == suffix;

    private void TrimTrailingSpaces()
    {
        while (_sb.Length > 0 && _sb[^1] == ' ')
        {
            _sb.Length--;
        }
    }

    // A blank line inside content would look like a paragraph boundary to the splitter; content keeps single breaks.
    private static string SingleParagraph(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        while (normalized.Contains("\n\n", StringComparison.Ordinal))
        {
            normalized = normalized.Replace("\n\n", "\n", StringComparison.Ordinal);
        }

        return normalized.Trim('\n');
    }
}
