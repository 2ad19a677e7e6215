using System.Globalization;
using Bot.Core.Text;

namespace Bot.Core.Replies;

public static class Shorten
{
    /// <summary>At most <paramref name="max"/> text elements (never half a surrogate pair or emoji), with an ellipsis.</summary>
    public static string To(string? text, int max)
    {
        var clean = TextNormalizer.Clean(text);
        // A text element holds one UTF-16 unit or more: a text no longer than max units needs no counting (most do not,
        // and counting segments the whole text into graphemes).
        if (clean.Length <= max) return clean;
        var info = new StringInfo(clean);
        return info.LengthInTextElements <= max ? clean : info.SubstringByTextElements(0, max).TrimEnd() + "…";
    }
}
