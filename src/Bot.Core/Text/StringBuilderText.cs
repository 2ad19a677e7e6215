using System.Text;

namespace Bot.Core.Text;

internal static class StringBuilderText
{
    /// <summary><c>ToString().Trim()</c> of the builder's text from <paramref name="from"/>, without the untrimmed copy.</summary>
    public static string ToTrimmedString(this StringBuilder sb, int from = 0)
    {
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
