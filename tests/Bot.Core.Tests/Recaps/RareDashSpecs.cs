using static Bot.Core.Tests.Recaps.Pages;

namespace Bot.Core.Tests.Recaps;

/// <summary>An agenda typed with a figure dash, a Unicode hyphen or a minus sign between its hours reads as one typed
/// with the common dashes; pages written for these specs.</summary>
public sealed class RareDashSpecs
{
    [Theory]
    [InlineData('\u2012')]
    [InlineData('\u2010')]
    [InlineData('\u2011')]
    [InlineData('\u2212')]
    public void An_agenda_with_a_rare_dash_between_its_hours_gives_its_talks_and_its_end(char dash)
    {
        var e = Parse(With("title: \"示例技术沙龙\"\ndate: 2024-05-18", $"""
            ## 日程

            - 13:30{dash}14:00 签到
            - 14:00{dash}14:45 云原生网关实践 —— 王小明
            - 14:45{dash}15:30 可观测性落地 —— 李华
            - 15:30{dash}16:00 茶歇与交流
            """)).Event!;

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("云原生网关实践", "王小明"), ("可观测性落地", "李华"));
        e.End.Should().Be(new DateTimeOffset(2024, 5, 18, 15, 30, 0, TimeSpan.FromHours(8)));
    }
}
