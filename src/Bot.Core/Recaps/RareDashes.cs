using System.Buffers;

namespace Bot.Core.Recaps;

/// <summary>The dashes few keyboards type (figure dash, Unicode hyphen, minus sign) written as the ones every rule of
/// the parser knows: <c>08:00‒09:30</c> is the same range as <c>08:00–09:30</c>.</summary>
internal static class RareDashes
{
    private static readonly SearchValues<char> Rare = SearchValues.Create("\u2010\u2011\u2012\u2212");

    public static string Common(string text)
    {
        if (text.AsSpan().IndexOfAny(Rare) < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = source[i] switch
                {
                    '\u2012' => '–',
                    '\u2010' or '\u2011' or '\u2212' => '-',
                    var c => c,
                };
            }
        });
    }
}
