using Bot.Core.Recaps.Talks;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class HousekeepingSpecs
{
    [Theory]
    [InlineData("Lunch")]
    [InlineData("Coffee break & networking")]
    [InlineData("Registration and breakfast")]
    [InlineData("Check-in / Welcome")]
    [InlineData("Q&A")]
    [InlineData("Networking, drinks and pizza")]
    [InlineData("VMware Booth")]
    [InlineData("Doors open, food & drinks")]
    [InlineData("Drinks")]
    [InlineData("Pizza & beer")]
    [InlineData("Apéro")]
    [InlineData("签到")]
    [InlineData("茶歇 & 自由交流")]
    [InlineData("开场致辞")]
    [InlineData("Introduction & Warm-up")]
    [InlineData("Venue opens")]
    [InlineData("First session")]
    [InlineData("Afternoon session")]
    [InlineData("Introductions")]
    [InlineData("Wrapping up")]
    [InlineData("Foods + Drinks")]
    [InlineData("End of event")]
    [InlineData("TBD")]
    [InlineData("待定")]
    [InlineData("OPEN SLOT")]
    [InlineData("开幕式")]
    [InlineData("闭幕式及颁奖典礼")]
    [InlineData("夜宵")]
    [InlineData("技术演讲")]
    [InlineData("比赛结束")]
    [InlineData("敬请期待")]
    [InlineData("Pizza break 🍕")]
    [InlineData("Wrap-up & close")]
    [InlineData("Virtual doors open")]
    [InlineData("Sessions (speakers TBA)")]
    [InlineData("Afterparty")]
    [InlineData("Konshinkai")]
    [InlineData("懇親会")]
    [InlineData("会后聚餐")]
    [InlineData("Setup & connectivity check")]
    [InlineData("Arrival, and welcome / User Group introduction")]
    [InlineData("Close up")]
    [InlineData("Community news & announcements")]
    [InlineData("Meet and greet")]
    [InlineData("Closure")]
    public void A_slot_that_only_names_a_break_a_meal_or_a_booth_is_housekeeping(string title)
    {
        Housekeeping.IsHousekeeping(title).Should().BeTrue();
    }

    [Theory]
    [InlineData("Debugging Kubernetes networking with eBPF")]
    [InlineData("Service registration in Nacos")]
    [InlineData("Breaking the monolith")]
    [InlineData("Social login with OAuth")]
    [InlineData("Food delivery at scale")]
    [InlineData("Lunch-and-learn: building agents")]
    [InlineData("开场演讲 云原生开源体系介绍")]
    [InlineData("Warm up your cluster before a release")]
    [InlineData("Session types in Postgres")]
    [InlineData("Wrapping C libraries for Python")]
    [InlineData("Venue search with geospatial indexes")]
    [InlineData("Sessions in Redis 🚀")]
    [InlineData("0.12.0 Release Party")]
    [InlineData("技术演讲的艺术：如何讲好一个故事")]
    [InlineData("Check your types with mypy")]
    [InlineData("Growing a user group from zero")]
    [InlineData("Closures in Rust")]
    [InlineData("Meet the maintainers")]
    public void A_talk_that_mentions_a_slot_word_among_others_is_no_housekeeping(string title)
    {
        Housekeeping.IsHousekeeping(title).Should().BeFalse();
    }
}
