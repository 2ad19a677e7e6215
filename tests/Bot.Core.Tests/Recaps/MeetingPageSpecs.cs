using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>Pages of a community's recurring meeting, written for these specs: no front matter, a date for a heading,
/// the agenda, and the way in pasted as the meeting app copied it.</summary>
public sealed class MeetingPageSpecs
{
    private const string PastedInvite = """
        ## 12-10
        ### 时间

        2026-12-10 19:00~20:00

        ### 议题

        1. 版本进展同步
        2. 存储引擎写路径优化分享

        ### 加入会议

        ```
        会议主题：示例社区双周会
        会议时间：2026/12/10 19:00-20:00 (GMT+08:00) 中国标准时间 - 北京

        点击链接入会，或添加至会议列表：
        https://meeting.tencent.com/dm/Example123

        #腾讯会议：123-456-789
        ```

        ### 会议纪要

        会后补充。
        """;

    [Fact]
    public void An_invitation_pasted_in_a_fence_gives_the_meeting_its_name_its_time_and_its_room()
    {
        var page = Pages.Parse(PastedInvite, "2026-12-10.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        var e = page.Event!;
        (e.Title, e.Start, e.End, e.Form, e.LiveUrl).Should().Be(("示例社区双周会", new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 12, 10, 20, 0, 0, TimeSpan.FromHours(8)), EventForm.Online, "https://meeting.tencent.com/dm/Example123"));
    }

    [Theory]
    [InlineData("```markdown\n会议时间：2026/12/10 19:00\n会议链接：https://meeting.tencent.com/dm/Example123\n```")]
    [InlineData("```\n会议时间：2026/12/10 19:00\n地点：示例路 88 号\nGET https://example.org/api/status 200\n```")]
    public void A_fence_of_a_template_or_of_a_log_says_nothing_about_the_event(string fence)
    {
        var page = Pages.Parse($"# How to announce a meeting\n\nCopy the template, or mind the logs:\n\n{fence}\n", "notes.md");

        page.IsEvent.Should().BeFalse();
    }

    [Theory]
    [InlineData("Conference links")]
    [InlineData("Meeting links")]
    [InlineData("入会方式")]
    public void A_heading_that_names_the_meeting_link_gives_the_live_room_under_it(string heading)
    {
        var page = Pages.Parse($"# Thursday December 10, 2026 at 07:00pm GMT+8\n\n## Agenda\n\n- Review of the label system\n\n## {heading}\n\n"
            + "* https://example.zoom.us/j/123456789\n\n## Attendees\n\n- Example Person\n", "003-20261210.md");

        page.IsEvent.Should().BeTrue(page.Reason);
        (page.Event!.Start, page.Event.LiveUrl, page.Event.Form).Should().Be(
            (new DateTimeOffset(2026, 12, 10, 19, 0, 0, TimeSpan.FromHours(8)), "https://example.zoom.us/j/123456789", EventForm.Online));
    }

    [Fact]
    public void A_title_field_outranks_the_meeting_name_of_the_body()
    {
        var page = Pages.Parse(Pages.With("title: 示例社区 12 月例会\ndate: 2026-12-01", PastedInvite));

        page.Event!.Title.Should().Be("示例社区 12 月例会");
    }
}
