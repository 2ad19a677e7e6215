using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

public sealed class ScanTextSpecs
{
    [Theory]
    [InlineData("Sept. 5", true, 9, 5)]
    [InlineData("Sep 5", true, 9, 3)]
    [InlineData("Jan. 5", true, 1, 4)]
    [InlineData("Marc 5", false, 0, 0)]
    [InlineData("Sept 5", true, 9, 4)]
    public void A_month_name_is_read_whole_or_short_with_its_dot_or_in_a_short_form_in_common_use(string text, bool found, int month, int end)
    {
        var i = 0;
        var read = ScanText.TryEnglishName(text, ref i, EnglishDateScanner.Months, out var index);

        (read, read ? index + 1 : 0, read ? i : 0).Should().Be((found, month, end));
    }

    [Theory]
    [InlineData("2030 年 5 月 1 日 19:00", "2030 年 5 月 1 日 19:00")]
    [InlineData("  2030\u00A0年\u200B5 月 1 日  19：00 ", "2030 年5 月 1 日 19:00")]
    [InlineData("**５月１日**（周六）１４：００–１６：００", "5月1日(周六)14:00-16:00")]
    [InlineData("\t**时间**：\u30005 月 1 日\u301C3 日 ", "时间: 5 月 1 日~3 日")]
    [InlineData("May 1 \u2014 May 3", "May 1 - May 3")]
    [InlineData(" \u200B ", "")]
    [InlineData("", "")]
    public void Folding_cleans_the_text_then_writes_one_spelling_of_every_separator(string text, string folded)
    {
        var result = ScanText.Fold(text);

        result.Should().Be(folded);
    }

    [Theory]
    [InlineData("  2030\u00A0年 5 月 1 日  19：00 ")]
    [InlineData("**５月１日**（周六）１４：００–１６：００")]
    [InlineData("\t**时间**：\u30005 月 1 日\u301C3 日 ")]
    public void Folding_is_folding_the_cleaned_text(string text)
    {
        var direct = ScanText.Fold(text);

        direct.Should().Be(ScanText.Fold(Bot.Core.Text.TextNormalizer.Clean(text)));
    }
}
