using Bot.Core.Events;
using Bot.Core.Recaps;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages (Recaps/Probe/p56–p69) in the shapes other Chinese open-source communities publish on their
/// sites: meetup announcements whose description carries the date and venue, recaps listing `name 《title》 [slides]`
/// guests, sessions announced for a summit, and the look-alikes that are not events (sign-up activities, recruitment
/// calls, year-in-review posts). Invented communities, people and dates; each spec states what a person labelling the
/// page would write.</summary>
public sealed class CommunityShapeProbeSpecs
{
    [Fact]
    public void A_meetup_announcement_takes_its_live_room_from_an_unlabelled_link_that_names_itself_a_live_booking()
    {
        var e = Event("p56-description-announces-date-and-venue.md");

        (e.Start, e.LiveUrl).Should().Be((At(2026, 11, 14, 0, 0), "https://live.example.cn/detail/52310"));
        e.Form.Should().NotBe(EventForm.Offline);
    }

    [Fact]
    public void A_description_that_says_where_the_meetup_is_held_gives_the_venue_and_with_the_live_booking_a_hybrid_form()
    {
        var e = Event("p56-description-announces-date-and-venue.md");

        (e.Venue, e.Form).Should().Be(("苏州市工业园区星湖街 88 号创客空间", EventForm.Hybrid));
        Event("p57-recap-guest-bullets-alias-in-brackets.md").Form.Should().Be(EventForm.Offline);
    }

    [Theory]
    [InlineData("首届开发者沙龙在北京成功举办，超过 400 位开发者参加。")]
    [InlineData("本次沙龙在社区伙伴的支持下顺利举办。")]
    [InlineData("沙龙在线上举办。")]
    public void A_sentence_that_names_a_city_a_circumstance_or_a_form_where_a_meetup_is_held_gives_no_venue(string sentence)
    {
        var page = Pages.Parse(Pages.With("title: 某社区 Meetup\ndate: 2026-05-10", $"{sentence}\n\n时间：2026年5月9日 14:00-17:00\n"));

        page.Event!.Venue.Should().BeNull();
    }

    [Fact]
    public void A_virtual_summit_is_online_and_a_session_lists_each_co_speaker_on_a_line_of_their_own()
    {
        var e = Event("p59-en-featured-sessions-register.md");

        (e.Start, e.Form).Should().Be((At(2026, 5, 20, 0, 0), EventForm.Online));
        TalkLines(e).Should().Equal(
            "Running a Shared Streaming Platform for Forty Teams|Marta Kowalczyk,Anton Lindgren", "Topic Cardinality at Telco Scale|Farid Haddad",
            "The Future of Metadata in Driftwood|Noor Siddiqui");
        e.Talks[0].Speakers[1].Affiliation.Should().Contain("Brickworks Group");
    }

    [Fact]
    public void A_recap_of_sessions_at_a_conference_lists_each_session_with_its_speaker_line()
    {
        // The start a person would label is the first day of `held from August 21st to August 23rd` (a date the
        // publish date puts 10 days back); the parser still takes a later dated sentence: see the probe report.
        TalkLines(Event("p60-en-recap-sessions-held-range.md")).Should().Equal(
            "Driftwood 4.0: the first long-term release|Bao Tran", "Rate limiting in a multi-tenant broker|Camila Duarte",
            "Writing docs developers actually read|Yusuf Demir");
    }

    [Fact]
    public void An_article_on_talks_given_at_an_open_day_is_dated_by_its_lead_and_replayed_by_the_bare_url_under_its_heading()
    {
        var e = Event("p62-talks-at-open-day-parts-replay-bare.md");

        (e.Start, e.ReplayUrl).Should().Be((At(2026, 9, 25, 0, 0), "https://live.example.cn/activity/cloudnative-openday-2026"));
    }

    [Fact]
    public void Virtual_alone_in_a_title_is_no_online_form()
    {
        var page = Pages.Parse(Pages.With("title: \"Java Meetup: virtual threads in practice\"\ndate: 2026-05-10",
            "When: May 20, 2026 18:00-20:00\n\nWhere: Example Hall, 1 Main Street\n"));

        page.Event!.Form.Should().Be(EventForm.Offline);
    }

    [Fact]
    public void A_recap_lists_its_guests_as_name_then_bracketed_title_then_deck_and_names_its_replay_in_a_link()
    {
        var e = Event("p57-recap-guest-bullets-alias-in-brackets.md");

        e.Start.Should().Be(At(2026, 11, 14, 0, 0));
        TalkLines(e).Should().Equal(
            "青梧的三年：从原型到生产|顾承泽", "补偿模式的设计取舍|沈沐阳", "幂等设计的十个坑|温若溪", "连锁零售结算中的青梧实践|陆景行");
        e.Talks.Select(t => t.SlidesUrl is null).Should().Equal(false, false, false, true);
        e.Talks[0].Speakers[0].Aliases.Should().Equal("青岩");
        e.ReplayUrl.Should().Be("https://live.example.cn/detail/52310");
    }

    [Fact]
    public void A_bullet_of_prose_that_cites_a_bracketed_title_is_no_talk()
    {
        const string page = "---\ntitle: 某社区 Meetup\ndate: 2026-05-01\n---\n时间：2026年5月9日 14:00-17:00\n\n"
            + "- 项目发起人带来《三年回顾》以及新特性。\n- 核心贡献者详解《补偿模式》的取舍\n";

        RecapParser.Parse(page, "prose.md").Event!.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_translation_activity_whose_steps_read_label_then_clause_is_no_event()
    {
        var page = Page("p58-contribution-activity-sign-up-sheet.md");

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("nothing to attend");
    }

    [Fact]
    public void A_recruitment_call_with_a_sign_up_deadline_is_no_event()
    {
        var page = Page("p63-ambassador-recruitment.md");

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("recruits");
    }

    [Fact]
    public void A_year_in_review_post_is_a_report_even_where_it_links_the_recaps_of_its_events()
    {
        var page = Page("p61-en-year-in-review.md");

        page.IsEvent.Should().BeFalse();
        page.Reason.Should().Contain("report");
    }
}
