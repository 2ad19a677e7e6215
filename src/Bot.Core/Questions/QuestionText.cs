using System.Text;
using Bot.Core.Replies;

namespace Bot.Core.Questions;

/// <summary>A question as the scanner reads it: at most 200 characters, full-width ASCII folded, punctuation (but the
/// characters of names like <c>HTTP/3</c>, <c>SOFAChannel#24</c>, <c>C++</c>) turned into single spaces. Case is kept
/// for showing the topic as it was typed; every lookup ignores it.</summary>
internal static class QuestionText
{
    public const int MaxLength = 200;

    public static string Normalize(string raw)
    {
        var text = OrdinalWords.Rewrite(Shorten.To(raw, MaxLength));
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var c = ch is >= '\uFF01' and <= '\uFF5E' ? (char)(ch - 0xFEE0) : ch;
            c = c == '’' ? '\'' : c;
            if (IsLatin(c) || IsCjk(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>The characters of a Latin word, a number or a name such as <c>sofachannel#24</c>, <c>http/3</c>, <c>what's</c>.</summary>
    public static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c is '#' or '/' or '.' or '+' or '&' or '\'' or '_' or '-';

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
