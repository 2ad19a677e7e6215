using Bot.Core.Catalog;
using Bot.Core.Reminders;
using CsCheck;

namespace Bot.Core.Tests.Reminders;

public sealed class SubscribeRequestSpecs
{
    [Theory]
    [InlineData("1d 1h 10m", "1d 1h 10m")]
    [InlineData("90m", "1h30m")]
    [InlineData("1h30m 2d", "2d 1h30m")]
    [InlineData("", "1d 1h")]
    [InlineData("10m 10m", "10m")]
    public void I_can_give_lead_times_the_way_I_type_them(string arguments, string expected)
    {
        // Act
        var request = SubscribeRequest.Parse(arguments);

        // Assert
        request.IsValid.Should().BeTrue();
        LeadTime.FormatList(request.LeadTimes).Should().Be(expected);
    }

    [Theory]
    [InlineData("channel", SeriesFilter.Channel)]
    [InlineData("1h meetup", SeriesFilter.Meetup)]
    public void I_can_filter_by_series(string arguments, SeriesFilter expected)
    {
        // Act
        var request = SubscribeRequest.Parse(arguments);

        // Assert
        request.Filter.Should().Be(expected);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("0m")]
    [InlineData("99d")]
    [InlineData("1h <b>")]
    [InlineData("1m 2m 3m 4m 5m 6m")]
    public void Garbage_is_reported_instead_of_guessed(string arguments)
    {
        // Act
        var request = SubscribeRequest.Parse(arguments);

        // Assert
        request.IsValid.Should().BeFalse();
        request.Error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Any_text_gives_either_valid_lead_times_or_an_error_and_never_throws()
    {
        Gen.String.Sample(text =>
        {
            var request = SubscribeRequest.Parse(text);
            return request.IsValid
                ? request.LeadTimes.Count > 0 && request.LeadTimes.All(l => l > TimeSpan.Zero && l <= LeadTime.Longest)
                : request.Error is { Length: > 0 and <= 41 };
        });
    }

    [Fact]
    public void A_formatted_lead_time_reads_back_to_itself()
    {
        Gen.Int[1, 30 * 24 * 60].Sample(minutes =>
        {
            var lead = TimeSpan.FromMinutes(minutes);
            return LeadTime.TryParse(LeadTime.Format(lead), out var back) && back == lead;
        });
    }
}
