using Bot.Core.Recaps.Dates;

namespace Bot.Core.Tests.Recaps;

public sealed class CalendarWordsSpecs
{
    [Theory]
    [InlineData("May 1", true)]
    [InlineData("september", true)]
    [InlineData("SEP 1", true)]
    [InlineData("Thu, 5", true)]
    [InlineData("Wednesday", true)]
    [InlineData("Sept 5", true)]
    [InlineData("Thurs 5", true)]
    [InlineData("Marc 5", false)]
    [InlineData("Marching", false)]
    [InlineData("Mo 5", false)]
    [InlineData("Today", false)]
    public void Only_a_month_or_weekday_name_or_its_abbreviation_is_a_calendar_word(string text, bool expected)
    {
        var isName = CalendarWords.IsNameAt(text, 0, out _);

        isName.Should().Be(expected);
    }

    [Fact]
    public void The_word_end_is_where_its_letters_stop()
    {
        CalendarWords.IsNameAt("see Marching2026", 4, out var wordEnd);

        wordEnd.Should().Be(12);
    }

    [Theory]
    [InlineData("Marching May 1, 2026", 5, 1)]
    [InlineData("Sunny Sunday, June 7th", 6, 7)]
    public void A_word_that_only_starts_like_a_name_does_not_hide_the_date_after_it(string text, int month, int day)
    {
        var found = DateTimeScanner.FindDate(text);

        found!.Month.Should().Be(month);
        found.Day.Should().Be(day);
    }
}
