using System.Text;

namespace Bot.Core.Formatting;

/// <summary>Escaping for Telegram HTML: &lt; &gt; &amp; always, " too so the result is also safe in attributes.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }
}
