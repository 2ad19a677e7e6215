using Bot.Core.Text;
using CsCheck;

namespace Bot.Core.Tests.Text;

/// <summary>The one-pass key and the one-search word lists must answer as the plain formulations they replace.</summary>
public sealed class TextNormalizerPropertySpecs
{
    // Everything Clean and Key treat specially, among ordinary Latin, CJK and full-width text.
    private static readonly Gen<string> Tricky = Gen.String[Gen.OneOf(
        Gen.Const(' '), Gen.Const('\u00A0'), Gen.Const('\t'), Gen.Const('\u3000'), Gen.Const('\r'), Gen.Const('\n'),
        Gen.Const('\u200B'), Gen.Const('\u200C'), Gen.Const('\u200D'), Gen.Const('\uFEFF'), Gen.Const('\u2003'),
        Gen.Const('：'), Gen.Const(':'), Gen.Char['0', '9'], Gen.Char['A', 'Z'], Gen.Char['a', 'z'], Gen.Char['\uFF01', '\uFF5E'],
        Gen.Char['\u4E00', '\u4E20'], Gen.Char[char.MinValue, char.MaxValue]), 0, 40];

    [Fact]
    public void The_key_of_a_text_is_the_key_of_its_cleaned_text()
    {
        Tricky.Sample(text => TextNormalizer.Key(text) == TextNormalizer.Key(TextNormalizer.Clean(text)));
    }

    [Fact]
    public void Lowering_a_text_gives_what_the_runtime_s_invariant_lowering_gives()
    {
        var text = Gen.String[Gen.OneOf(Tricky.Select(t => t.Length > 0 ? t[0] : 'x'), Gen.Char['\u00C0', '\u024F'],
            Gen.Char['\u0370', '\u04FF'], Gen.Const('\u0130'), Gen.Const('\u212A'), Gen.Char['\uD800', '\uDFFF']), 0, 30];
        text.Sample(t => TextNormalizer.LowerInvariant(t) == t.ToLowerInvariant());
    }

    [Fact]
    public void A_word_set_finds_a_word_exactly_when_one_of_its_words_is_contained()
    {
        string[] words = ["签到", "签名墙", "茶歇", "Lunch", "Check-in", "Q&A", "open source", "开源之夏"];
        var set = new WordSet(words);
        var text = Gen.OneOf<string>([.. words, "lunch", "CHECK-IN", "q&a", "签", "到", "签名", "墙", "开源", "Lun", " ", "x", "Open Source"]).Array[0, 4]
            .Select(parts => string.Concat(parts));
        text.Sample(t => set.In(t) == words.Any(t.ContainsWord));
    }
}
