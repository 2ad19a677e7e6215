using System.Text;

namespace Bot.Core.Text;

internal static class StringBuilderText
{
    /// <summary><c>ToString().Trim()</c> of the builder's text from <paramref name="from"/>, without the untrimmed copy.</summary>
    public static string ToTrimmedString(this StringBuilder sb, int from = 0)
    {
        // A reused builder holds its text in one chunk: trimmed as a span, without the indexer's chunk walk per char.
        foreach (var chunk in sb.GetChunks())
        {
            if (chunk.Length == sb.Length)
            {
                var trimmed = chunk.Span[from..].Trim();
                return trimmed.IsEmpty ? "" : trimmed.ToString();
            }

            break;
        }

        var (start, end) = (from, sb.Length);
        while (start < end && char.IsWhiteSpace(sb[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }

        return start == end ? "" : sb.ToString(start, end - start);
    }
}
