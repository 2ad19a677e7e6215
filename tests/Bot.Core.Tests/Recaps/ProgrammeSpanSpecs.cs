namespace Bot.Core.Tests.Recaps;

/// <summary>Start, end and zone of pages that list a programme over several days (a team's sessions, meetings and
/// booth hours at a conference), and the dates a page states only indirectly; pages written for these specs.</summary>
public sealed class ProgrammeSpanSpecs
{
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);

    [Fact]
    public void A_multi_day_programme_ends_with_the_last_dated_time_of_the_page()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at ExampleCon 2030\"\ndate: 2030-03-28T12:00:00+04:00",
            """
            Where to find us:

            * **Project Meeting**
            Tuesday, April 16 | 13:00 - 17:00 CEST

            * **Project Booth** - find us at booth 7 on:
              - Wednesday, April 17: 16:00 – 21:00
              - Thursday, April 18: 14:30 – 17:30
              - Friday, April 19: 12:30 – 14:30
            """));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 4, 16, 13, 0, 0, Cest));
        page.Event.End.Should().Be(new DateTimeOffset(2030, 4, 19, 14, 30, 0, Cest));
    }

    [Fact]
    public void A_week_named_in_the_prose_starts_at_the_earliest_time_of_the_programme()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at ExampleCon 2030 - Paris\"\ndate: 2030-03-13T12:00:00+04:00",
            """
            We will be at ExampleCon in Paris during the week of March 18th.

            * **Maintainer talk**
            March 20 | 17:25 - 18:00 (local time)

            * **Booth hours**
              - Wednesday, March 20th - 15:00 – 20:00 (local time)
              - Friday, March 22nd - 12:30 – 14:35 (local time)
            """));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 3, 20, 15, 0, 0, TimeSpan.FromHours(1)));
        page.Event.End.Should().Be(new DateTimeOffset(2030, 3, 22, 14, 35, 0, TimeSpan.FromHours(1)));
        page.WarningCodes().Should().NotContain("no-clock-time");
    }

    [Fact]
    public void A_day_heading_dates_the_agenda_rows_below_it_opening_and_open_rows_included()
    {
        var page = Pages.Parse(Pages.With("title: Schedule",
            """
            ## Schedule

            Tuesday, September 24th

            - 09:00 ~ 09:15 am - Welcome: Jane Roe (Example Cloud)
            - 09:15 ~ 09:45 am - Scheduling at scale by [John Doe](https://example.org/jd) (Example Corp)
            - 09:45 ~ 10:15 am - Declarative releases by [Ann Lee](https://example.org/al) (Example Labs)
            - 10:15 ~ 11:30 am - Open space
            - Lunch
            """), "events/2030-summit/schedule.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 9, 24, 9, 0, 0, TimeSpan.FromHours(8)));
        page.Event.End.Should().Be(new DateTimeOffset(2030, 9, 24, 11, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_programme_of_one_instant_written_twice_gives_no_end()
    {
        var page = Pages.Parse(Pages.With("title: \"ExampleCon 2030 meetup\"\ndate: 2030-03-13T12:00:00+04:00",
            "We will be there in the week of March 18th.\n\n- Booth: March 20 | 15:00 (local time)\n- Interview: March 20 | 15:00 (local time)\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 3, 20, 15, 0, 0, TimeSpan.FromHours(8)));
        page.Event.End.Should().BeNull();
    }

    [Fact]
    public void Local_times_are_read_in_the_zone_of_the_city_the_title_names()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at ExampleCon North America 2030 - Chicago\"\ndate: 2030-10-26T12:00:00+04:00",
            "* **Project Meeting**  \nMonday, November 4 | 1:00 pm - 4:30 pm (local time)  \nRoom 12\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 11, 4, 13, 0, 0, TimeSpan.FromHours(-6)));
        page.Event.TimeZoneId.Should().Be("America/Chicago");
        page.WarningCodes().Should().NotContain("local-time-zone");
    }

    [Fact]
    public void A_city_found_only_in_the_body_gives_the_local_zone_with_a_warning()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at ExampleCon 2030\"\ndate: 2030-06-20T12:00:00+04:00",
            "We are travelling to Seattle for the conference.\n\n* **Booth**  \nTuesday, July 2 | 2:00 pm - 3:30 pm (local time)  \nHall B\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 7, 2, 14, 0, 0, TimeSpan.FromHours(-7)));
        page.WarningCodes().Should().Contain("local-time-zone");
    }

    [Fact]
    public void A_post_dated_to_the_day_whose_agenda_alone_gives_hours_happens_on_that_day_and_says_so()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Lightning Talks\"\ndate: '2030-09-01'",
            "Come and hear talks from the community.\n\n## Agenda:\n\n7-7:05: Welcome and announcements\n\n7:05-8:30: Lightning talks\n\n"
            + "## Talks\n\n- \"Partial correlation networks\" -- Erin Doyle\n- \"Batch reports\" -- Alyssa Gold\n"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 9, 1, 19, 0, 0, TimeSpan.FromHours(8)), (DateTimeOffset?)new DateTimeOffset(2030, 9, 1, 20, 30, 0, TimeSpan.FromHours(8))));
        page.WarningCodes().Should().Contain("start-from-publish-date");
    }

    [Fact]
    public void A_post_named_by_its_day_without_a_date_in_its_front_matter_happens_on_that_day_when_its_agenda_gives_the_hours()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Lightning Talks\"",
            "Come and hear talks from the community.\n\n## Agenda:\n\n18:00-18:10: Welcome and announcements\n\n18:10-19:30: Lightning talks\n\n"
            + "## Talks\n\n- \"Partial correlation networks\" -- Erin Doyle\n- \"Batch reports\" -- Alyssa Gold\n"), "_posts/2030-09-01-lightning-talks.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 9, 1, 18, 0, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("start-from-publish-date");
    }

    [Fact]
    public void A_page_named_by_its_day_whose_front_matter_names_the_speakers_happens_on_that_day()
    {
        var page = Pages.Parse(Pages.With("title: Unit Tests for Everyone\nspeakers:\n  - name: Erin Doyle\n    title: Engineer at Example Corp\nvenue: example-hall",
            "Everything about testing components, from clicks to snapshots.\n"), "_meetups/2030-02-18-meetup.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 2, 18, 0, 0, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("start-from-publish-date");
    }

    [Fact]
    public void A_post_dated_to_the_day_without_an_agenda_has_no_start()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Lightning Talks\"\ndate: '2030-09-01'",
            "Come and hear talks from the community.\n\n## Talks\n\n- \"Partial correlation networks\" -- Erin Doyle\n- \"Batch reports\" -- Alyssa Gold\n"));

        page.Event!.Start.Should().BeNull();
        page.WarningCodes().Should().NotContain("start-from-publish-date");
    }

    [Fact]
    public void A_publish_timestamp_in_another_offset_than_the_event_zone_is_not_its_start()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Project at ExampleCon 2030\"\ndate: 2030-03-15T12:00:00+02:00",
            "Come and meet us at the booth.\n\n* **Booth hours**\n  - Tuesday: 15:10 – 19:00\n  - Wednesday: 10:30 – 13:30\n\n**Where:** Hall 1\n"));

        page.Event!.Start.Should().BeNull();
        page.WarningCodes().Should().NotContain("start-from-publish-date");
    }

    [Fact]
    public void A_body_date_whole_weeks_from_the_date_the_front_matter_and_the_file_name_agree_on_was_copied()
    {
        var page = Pages.Parse(Pages.With("title: 第 64 期示例分享\ndate: 2030-10-24T21:00:00+08:00",
            "## 分享信息\n\n时间：2030-10-17 21:00:00 ~ 23:10:00, UTC+8\n\n## 分享嘉宾\n\n张三，示例公司工程师。\n"),
            "64-2030-10-24-example.md");

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 10, 24, 21, 0, 0, TimeSpan.FromHours(8)));
        page.Event.End.Should().Be(new DateTimeOffset(2030, 10, 24, 23, 10, 0, TimeSpan.FromHours(8)));
        page.WarningCodes().Should().Contain("date-conflict");
    }

    [Fact]
    public void A_body_date_is_kept_when_only_the_front_matter_disagrees()
    {
        var page = Pages.Parse(Pages.With("title: 第 64 期示例分享\ndate: 2030-10-24T21:00:00+08:00",
            "## 分享信息\n\n时间：2030-10-17 21:00 ~ 23:10\n\n## 分享嘉宾\n\n张三，示例公司工程师。\n"),
            "64-example.md");

        page.Event!.Start!.Value.Day.Should().Be(17);
    }

    [Fact]
    public void A_programme_whose_days_are_its_headings_runs_from_the_first_days_first_slot_to_the_last_days_last()
    {
        var page = Pages.Parse(Pages.With("title: \"Kubernetes Workshop Weekend\"\ndate: 2030-12-20",
            """
            Two days of hands-on Kubernetes.

            Venue: Impact Hub Madrid, Calle de Alameda 22, Madrid

            ## Day 1 — Saturday, January 11, 2031

            - 10:00 - 12:00 Cluster basics — Lucía García
            - 13:00 - 16:00 Networking deep dive — Javier Ruiz

            ## Day 2 — Sunday, January 12, 2031

            - 10:00 - 12:00 Operators — Lucía García
            - 13:00 - 15:00 GitOps with Argo CD — Marta López
            """));

        (page.Event!.Start, page.Event.End).Should().Be((
            new DateTimeOffset(2031, 1, 11, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2031, 1, 12, 15, 0, 0, TimeSpan.FromHours(1))));
        page.Event.Talks.Select(t => t.Title).Should().Equal("Cluster basics", "Networking deep dive", "Operators", "GitOps with Argo CD");
    }
}
