using System.Globalization;
using Bot.Core.Replies;
using Bot.Core.Text;
using CsCheck;

namespace Bot.Core.Tests.Replies;

public sealed class ShortenSpecs
{
    // Mostly one-unit letters and CJK (where units and text elements agree), some emoji with a modifier, surrogate pairs,
    // combining marks and spaces (where they do not).
    private static readonly Gen<string> Graphemes = Gen.Frequency(
            (8, Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['\u4E00', '\u4E20']).Select(c => c.ToString())),
            (2, Gen.OneOf(Gen.Const("👍🏽"), Gen.Const("e\u0301"), Gen.Const("𝄞"), Gen.Const(" "))))
        .Array[0, 20].Select(parts => string.Concat(parts));

    [Fact]
    public void A_text_within_the_limit_comes_back_cleaned_and_whole()
    {
        Shorten.To("  云原生\u200B 专场 ", 10).Should().Be(TextNormalizer.Clean("  云原生\u200B 专场 "));
    }

    [Fact]
    public void A_longer_text_is_cut_between_text_elements_with_an_ellipsis()
    {
        Shorten.To("ab👍🏽cd", 3).Should().Be("ab👍🏽…");
    }

    [Fact]
    public void The_result_keeps_at_most_the_limit_of_whole_text_elements_of_the_cleaned_text()
    {
        Gen.Select(Graphemes, Gen.Int[1, 12]).Sample((text, max) =>
        {
            var clean = TextNormalizer.Clean(text);
            var shortened = Shorten.To(text, max);
            var kept = shortened.EndsWith('…') && shortened != clean ? shortened[..^1] : shortened;
            return new StringInfo(kept).LengthInTextElements <= max && clean.StartsWith(kept, StringComparison.Ordinal)
                && (new StringInfo(clean).LengthInTextElements > max || shortened == clean);
        });
    }
}
