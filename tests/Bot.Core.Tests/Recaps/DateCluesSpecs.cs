using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

public sealed class DateCluesSpecs
{
    [Theory]
    [InlineData("2021 年 6 月 19 日")]
    [InlineData("2020/7/2")]
    [InlineData("2026\u201307\u201311")]
    [InlineData("the 26th of SEPTEMBER")]
    [InlineData("7.11（周六）")]
    [InlineData("7/11 星期六")]
    [InlineData("7.11 Sat")]
    [InlineData("12/19 下午 2:00")]
    [InlineData("3.7 19 点")]
    [InlineData("\uFF12\uFF10\uFF12\uFF10\uFF0E\uFF17\uFF0E\uFF12")]
    [InlineData("Ma\u200By 1")]
    [InlineData("20**20-09-20")]
    [InlineData("２０２０－０９－２０")]
    [InlineData("Ｊｕｎｅ 7")]
    [InlineData("20＊20-09-20")]
    [InlineData("16.01.2027")]
    [InlineData("12/20/2026")]
    public void Every_spelling_of_a_date_has_a_clue(string text)
    {
        var mayHold = DateClues.MayHoldDate(text);

        mayHold.Should().BeTrue();
    }

    [Theory]
    [InlineData("第 2 期")]
    [InlineData("three 30-minute talks and 1.5 hours of sessions")]
    [InlineData("v1.2.3 released, 200 people")]
    [InlineData("CP. 46120 - Alboraya")]
    [InlineData("第 3 期（线上），共 2 位讲师：张三、李四！")]
    public void A_line_whose_digits_are_counts_and_versions_has_none(string text)
    {
        var mayHold = DateClues.MayHoldDate(text);

        mayHold.Should().BeFalse();
    }

    [Theory]
    [InlineData("Ma\u200By 1, 2026", 5, 1)]
    [InlineData("**Jun**e 7, 2026", 6, 7)]
    [InlineData("2026\u20147\u201411 周六", 7, 11)]
    public void A_clue_that_only_folding_writes_still_finds_its_date(string text, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text);

        found!.Month.Should().Be(month);
        found.Day.Should().Be(day);
    }
}
