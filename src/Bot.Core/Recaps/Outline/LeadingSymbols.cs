using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bot.Core.Recaps.Outline;

/// <summary>The marks pages put before a label or a title (<c>📅 直播时间：</c>, <c>👤 分享人：</c>, <c>🛠️Claude Code…</c>):
/// symbols and emoji with their modifiers, format characters and white space. One rule for the label reader, the
/// title cleaner and the speaker-line filter, so a mark one of them skips is skipped by all.</summary>
internal static class LeadingSymbols
{
    /// <summary>How many leading characters of <paramref name="text"/> are marks or one of <paramref name="alsoSkip"/>
    /// (the list decoration a caller drops too, such as <c>-</c> or <c>*</c>).</summary>
    public static int Length(ReadOnlySpan<char> text, ReadOnlySpan<char> alsoSkip = default)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // `1️⃣ title`: a keycap emoji is a digit, maybe a variation selector, then U+20E3; a number, not the title's.
            if (Keycap(text[i..]) is > 0 and var keycap)
            {
                i += keycap;
                continue;
            }

            // Most texts open with a letter: no category lookup for those.
            if (char.IsAsciiLetterOrDigit(c) || c is >= '\u4E00' and <= '\u9FFF')
            {
                break;
            }

            if (char.IsWhiteSpace(c) || alsoSkip.Contains(c))
            {
                i++;
                continue;
            }

            // An emoji is a surrogate pair: its category is the code point's. A lone surrogate is a mark too.
            var whole = Rune.DecodeFromUtf16(text[i..], out var rune, out var used) == OperationStatus.Done;
            var category = whole ? Rune.GetUnicodeCategory(rune) : UnicodeCategory.Surrogate;
            if (category is not (UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.Surrogate))
            {
                break;
            }

            i += whole ? used : 1;
        }

        return i;
    }

    private static int Keycap(ReadOnlySpan<char> text) =>
        text.Length >= 2 && (char.IsAsciiDigit(text[0]) || text[0] is '#' or '*')
            ? text[1] == '\u20E3' ? 2 : text.Length >= 3 && text[1] == '\uFE0F' && text[2] == '\u20E3' ? 3 : 0
            : 0;

    /// <summary><paramref name="text"/> without its leading marks (see <see cref="Length"/>).</summary>
    public static string Strip(string text, ReadOnlySpan<char> alsoSkip = default) => Length(text, alsoSkip) is > 0 and var n ? text[n..] : text;
}
