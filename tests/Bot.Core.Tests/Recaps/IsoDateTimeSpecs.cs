using System.Globalization;
using Bot.Core.Recaps;
using CsCheck;

namespace Bot.Core.Tests.Recaps;

/// <summary>The ISO reader is a shortcut past DateTimeOffset.TryParse: where it answers, it must answer the same
/// instant and offset.</summary>
public sealed class IsoDateTimeSpecs
{
    [Theory]
    [InlineData("2019-06-04T10:20:00.000Z", "2019-06-04T10:20:00+00:00")]
    [InlineData("2022-04-01T15:00:00+08:00", "2022-04-01T15:00:00+08:00")]
    [InlineData("2020-02-29T23:59:59.1234567-03:30", "2020-02-29T23:59:59.1234567-03:30")]
    public void The_forms_pages_write_are_read_with_their_offset(string text, string expected)
    {
        IsoDateTime.TryParse(text, out var value).Should().BeTrue();

        value.Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));
        value.Offset.Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("2019-02-29T10:20:00Z")]
    [InlineData("2019-06-04T24:00:00Z")]
    [InlineData("2019-06-04T10:20:60Z")]
    [InlineData("2019-06-04T10:20:00.12345678Z")]
    [InlineData("2019-06-04T10:20:00")]
    [InlineData("2019-06-04T10:20:00z")]
    [InlineData("2019-06-04 10:20:00Z")]
    [InlineData("2019-06-04T10:20:00+15:00")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    public void Other_forms_are_left_to_the_general_parser(string text) =>
        IsoDateTime.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Generated_dates_read_here_always_match_the_general_parser()
    {
        var digits = Gen.Int[0, 9].Select(d => (char)('0' + d));
        var part = Gen.OneOf(
            Gen.Int[0, 9999].Select(y => y.ToString("D4", CultureInfo.InvariantCulture)),
            Gen.Int[0, 99].Select(n => n.ToString("D2", CultureInfo.InvariantCulture)),
            digits.Array[1, 9].Select(d => new string(d)));
        var offset = Gen.OneOf(Gen.Const("Z"), Gen.Const("z"), Gen.Const(""),
            Gen.Select(Gen.OneOf(Gen.Const('+'), Gen.Const('-')), Gen.Int[0, 16], Gen.Int[0, 61], (sign, h, m) => $"{sign}{h:D2}:{m:D2}"));
        var text = Gen.Select(Gen.Int[1, 9999], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 25], Gen.Int[0, 61], Gen.Int[0, 61],
            Gen.OneOf(Gen.Const(""), digits.Array[1, 9].Select(d => "." + new string(d))), offset)
            .Select((y, mo, d, h, mi, s, fraction, zone) => $"{y:D4}-{mo:D2}-{d:D2}T{h:D2}:{mi:D2}:{s:D2}{fraction}{zone}");
        var read = 0;

        Gen.OneOf(text, Gen.Select(text, part, (t, p) => t[..Math.Min(t.Length, 10)] + p + t[Math.Min(t.Length, 10)..])).Sample(s =>
        {
            if (!IsoDateTime.TryParse(s, out var value))
            {
                return;
            }

            Interlocked.Increment(ref read);
            DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var expected).Should().BeTrue(s);
            value.Should().Be(expected, s);
            value.Offset.Should().Be(expected.Offset, s);
        }, iter: 50_000);

        read.Should().BeGreaterThan(5_000);
    }
}
