using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public sealed class ExactWordsSpecs
{
    private static readonly ExactWords Words = new("线上直播", "同步", "+online");

    [Theory]
    [InlineData("杭州，线上直播", true)]
    [InlineData("线下同步", true)]
    [InlineData("杭州+online", true)]
    [InlineData("杭州+Online", false)]
    [InlineData("线上交流", false)]
    [InlineData("", false)]
    [InlineData("台北，線上直播", true)]
    [InlineData("線下同步", true)]
    public void A_text_holds_a_word_only_as_written_in_either_script(string text, bool expected)
    {
        var holds = Words.In(text);

        holds.Should().Be(expected);
    }

    [Theory]
    [InlineData("线上直播", 0, true)]
    [InlineData("线上直播", 1, false)]
    [InlineData("杭州线上直播", 2, true)]
    [InlineData("杭州线上直播", 3, false)]
    public void A_word_can_be_required_to_come_with_other_characters(string text, int minOtherChars, bool expected)
    {
        var holds = Words.In(text, minOtherChars);

        holds.Should().Be(expected);
    }

    [Fact]
    public void A_word_has_one_traditional_form_per_combination_of_its_characters_forms()
    {
        HanVariants.TraditionalForms("直播链接").Should().Contain("直播鏈接");
        HanVariants.TraditionalForms("线上").Should().Equal("線上");
        HanVariants.TraditionalForms("online").Should().BeEmpty();
    }
}
