namespace Bot.Core.Text;

/// <summary>Punctuation that many readers trim, built once: a literal list of characters passed to <c>Trim</c> is a new
/// array on every call.</summary>
internal static class Marks
{
    /// <summary>The full-width and the ASCII colon, which end a label (<c>讲师：</c>, <c>Speaker:</c>).</summary>
    public static readonly char[] Colons = ['：', ':'];

    /// <summary>The quotes a front-matter value may keep around itself (<c>'2021/01/28'</c>).</summary>
    public static readonly char[] Quotes = ['"', '\''];
}
