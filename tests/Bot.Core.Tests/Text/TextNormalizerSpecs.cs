using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class TextNormalizerSpecs
{
    [Fact]
    public void Clean_turns_nbsp_and_tabs_into_single_spaces_and_drops_zero_width_characters()
    {
        TextNormalizer.Clean("  付铖\u00a0\u00a0酷家乐\t\u200b**活动时间**\u200b ").Should().Be("付铖 酷家乐 **活动时间**");
    }

    [Fact]
    public void Clean_reads_a_full_width_colon_between_digits_as_a_clock_colon_but_keeps_label_colons()
    {
        TextNormalizer.Clean("时间：19：00 - 20：00").Should().Be("时间：19:00 - 20:00");
    }

    [Fact]
    public void Key_ignores_spacing_width_and_case()
    {
        TextNormalizer.Key("WASM 中的 GC 遐想").Should().Be(TextNormalizer.Key("ｗａｓｍ中的GC遐想"));
    }

    [Theory]
    [InlineData("時間", "时间")]
    [InlineData("地點", "地点")]
    [InlineData("主講者", "主讲者")]
    [InlineData("直播間連結", "直播间连结")]
    public void Key_reads_the_traditional_characters_of_labels_as_simplified(string traditional, string simplified)
    {
        TextNormalizer.Key(traditional).Should().Be(simplified);
    }
}
