using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps;

/// <summary>A link that names itself a registration (<c>[立即注册](…)</c>): the event's registration, and the way in
/// to an online event; pages written for these specs.</summary>
public sealed class RegistrationLinkSpecs
{
    [Fact]
    public void A_register_now_link_of_an_online_event_is_its_registration_and_its_way_in()
    {
        var page = Pages.Parse(Pages.With("title: \"示例大会 2030\"\ndate: 2030-01-29\neventDate: 2030-02-22",
            "示例大会是社区的年度聚会。在它的第一年，示例大会将是一个线上的活动，连接全球社区。\n\n[立即注册](https://events.example.org/conf-2030/)\n"));

        (page.Event!.Form, page.Event.RegistrationUrl, page.Event.LiveUrl).Should().Be(
            (EventForm.Online, "https://events.example.org/conf-2030/", "https://events.example.org/conf-2030/"));
    }

    [Fact]
    public void A_register_now_link_of_a_meetup_at_a_venue_is_only_its_registration()
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup 杭州站\"\ndate: 2030-06-01",
            "- 时间：2030 年 6 月 30 日 13:30\n- 地点：杭州市示例路 3 号\n\n[立即报名](https://events.example.org/meetup-hz/)\n"));

        (page.Event!.Form, page.Event.RegistrationUrl, page.Event.LiveUrl).Should().Be(
            (EventForm.Offline, "https://events.example.org/meetup-hz/", (string?)null));
    }

    [Theory]
    [InlineData("registration\npage")]
    [InlineData("get your tickets")]
    public void A_link_named_a_registration_page_or_tickets_makes_a_social_outing_one_to_attend(string text)
    {
        var page = Pages.Parse(Pages.With("title: Example Conf 2030 - Boat Tour",
            "# Boat Tour\n\nOn Thursday 29th, we are delighted to offer a boat cruise along the river. The cruise will begin at 18:30.\n\n"
            + $"The number of tickets is limited, get your ticket at the [{text}](https://example.org/2030/tickets.html).\n\n"
            + "**See you on Thursday, August 29th at the boat dock at bit before 18:30.**\n"));

        page.Event.Should().NotBeNull(page.Reason);
        page.Event!.RegistrationUrl.Should().Be("https://example.org/2030/tickets.html");
    }

    [Fact]
    public void An_html_anchor_inside_a_markdown_paragraph_is_a_link_like_a_markdown_one()
    {
        var page = Pages.Parse(Pages.With("title: \"Reading Group: Chapter 1\"\ndate: 2030-06-01",
            "- **When:** June 12, 2030, 6:30 PM\n- **Where:** Example Library, 12 Main Street\n\n"
            + "Bring the book. <a href=\"https://www.meetup.com/example-group/events/12345/\" target=\"_blank\">RSVP for Meetup Here</a>\n"));

        (page.Event!.RegistrationUrl, page.Event.LiveUrl).Should().Be(("https://www.meetup.com/example-group/events/12345/", (string?)null));
    }

    [Theory]
    [InlineData("👉快速预约：[《示例架构实战》](https://live.example.cn/course-12)")]
    [InlineData("免费预约：[《示例架构实战》](https://live.example.cn/course-12)")]
    [InlineData("预约直播：https://live.example.cn/course-12")]
    public void A_booking_label_of_a_streamed_course_gives_its_live_room(string line)
    {
        var page = Pages.Parse(Pages.With("title: \"示例直播课第一期\"\ndate: 2030-02-06",
            $"本次课程采用线上直播形式，2 月 6 日 19:00 开课。\n\n{line}\n\n## 课程介绍\n\n从零开始部署一个网站。\n"));

        page.Event!.LiveUrl.Should().Be("https://live.example.cn/course-12");
    }

    [Fact]
    public void A_live_room_label_with_the_room_s_own_name_before_it_gives_the_live_room()
    {
        var page = Pages.Parse(Pages.With("title: \"示例身份认证直播\"\ndate: 2030-02-27",
            "本次分享采用线上直播形式，2 月 28 日 20:00 开讲。\n\n### 四、线上自由问答环节\n\n朋友们也可以通过视频站参与互动\n\n示例 Live 直播间：https://live.example.cn/room/4242\n"));

        page.Event!.LiveUrl.Should().Be("https://live.example.cn/room/4242");
    }
    [Theory]
    [InlineData("Register now for free")]
    [InlineData("Sign up today")]
    [InlineData("免费报名")]
    public void Other_spellings_of_register_now_name_the_registration(string text)
    {
        var page = Pages.Parse(Pages.With("title: \"示例 Meetup 杭州站\"\ndate: 2030-06-01",
            $"- 时间：2030 年 6 月 30 日 13:30\n- 地点：杭州市示例路 3 号\n\n[{text}](https://events.example.org/meetup-hz/)\n"));

        page.Event!.RegistrationUrl.Should().Be("https://events.example.org/meetup-hz/");
    }

    [Theory]
    [InlineData("https://www.facebook.com/events/292371377847207/")]
    [InlineData("https://www.meetup.com/example-lug/events/310309131/")]
    public void A_pages_one_link_to_an_event_listing_is_where_to_sign_up_and_makes_it_an_event(string url)
    {
        var page = Pages.Parse(Pages.With("title: \"Example LUG are coming to Example Makers\"\ndate: 2030-02-13",
            $"Example LUG are coming to Example Makers on 16th Feb 2030. More details on the [Example LUG event page]({url})\n"));

        page.Event!.RegistrationUrl.Should().Be(url);
    }

    [Fact]
    public void Links_to_several_event_listings_are_other_events_and_none_is_where_to_sign_up()
    {
        var page = Pages.Parse(Pages.With("title: \"Other groups in town\"\ndate: 2030-02-13",
            "On 16th Feb 2030 see [one](https://www.meetup.com/a-group/events/1/) or [another](https://www.meetup.com/b-group/events/2/).\n"));

        page.Event?.RegistrationUrl.Should().BeNull();
    }
}
