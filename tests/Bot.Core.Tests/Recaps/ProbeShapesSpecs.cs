using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Tests.Recaps;

/// <summary>Shapes real communities write that the development corpus lacks, found by probing the parser with pages
/// written for these specs (invented communities and people).</summary>
public sealed class ProbeShapesSpecs
{
    [Fact]
    public void An_agenda_table_with_English_headers_gives_its_talks_and_speakers()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Data Day\"\ndate: 2030-03-10",
            "Date: April 18, 2030\n\n| Time | Topic | Speaker |\n|---|---|---|\n| 09:30-10:00 | Registration | |\n"
            + "| 10:00-10:45 | Streaming joins, explained | Jane Roe |\n| 10:50-11:35 | Columnar files | John Doe |\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Streaming joins, explained", "Jane Roe"), ("Columnar files", "John Doe"));
    }

    [Theory]
    [InlineData("**When:** Thursday, March 19, 2030, 6:30 PM\n**Where:** Example Hall, 1 Main Street, Springfield\n")]
    [InlineData("- **When**: March 19, 2030, 18:30\n- **Where**: Example Hall, 1 Main Street, Springfield\n")]
    [InlineData("时间：2030 年 3 月 19 日 18:30\n\n活动地址：Example Hall, 1 Main Street, Springfield\n")]
    public void A_venue_under_a_where_or_address_label_is_the_events_place_and_makes_it_in_person(string facts)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Kubernetes Night\"\ndate: 2030-03-01", facts + "\nSpeaker: Jane Roe\n"));

        (page.Event!.Venue, page.Event.Form).Should().Be(("Example Hall, 1 Main Street, Springfield", EventForm.Offline));
    }

    [Theory]
    [InlineData(" — ")]
    [InlineData(" - ")]
    [InlineData(" | ")]
    public void A_bullet_agenda_of_timed_lines_naming_the_speaker_after_a_dash_or_bar_gives_its_talks(string separator)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Rust Meetup\"\ndate: 2030-02-20",
            "Date: March 7, 2030, 2:00 PM - 5:00 PM\n\n## Agenda\n\n"
            + $"- 14:00-14:40 Cancel-safe futures{separator}Jane Roe (Example Labs)\n"
            + $"- 14:45-15:25 Tracing async stacks{separator}John Doe (Initech)\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Speakers.Single().Affiliation)).Should().Equal(
            ("Cancel-safe futures", "Jane Roe", "Example Labs"), ("Tracing async stacks", "John Doe", "Initech"));
        page.Event.Talks[0].Slot!.Start.Should().Be(new TimeOnly(14, 0));
    }

    [Fact]
    public void A_Chinese_bullet_agenda_of_timed_lines_names_the_speaker_after_the_dash_not_the_company()
    {
        var page = Pages.Parse(Pages.With("title: \"示例云原生沙龙\"\ndate: 2030-02-25",
            "时间：2030年3月7日（周六）14:00-17:00\n\n## 议程\n\n- 14:00-14:45 从日志到链路：一次改造 — 罗一帆（青石科技）\n- 14:50-15:35 网络诊断实践 — 苏晓岚（山川数据）\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("从日志到链路：一次改造", "罗一帆"), ("网络诊断实践", "苏晓岚"));
    }

    [Fact]
    public void One_archive_under_a_qualified_slides_label_with_a_bare_url_is_the_events_slides()
    {
        var page = Pages.Parse(Pages.With("title: \"示例开源 Meetup 杭州站\"\ndate: 2030-02-10",
            "**活动时间：** 2030/2/28 13:30-17:30\n\n### 议程\n\n**13:30-14:10 服务网格的渐进式迁移**\n讲师：张三 / 示例公司\n\n"
            + "**14:15-14:55 多集群流量调度实践**\n讲师：李四 / 远岸公司\n\n**全部讲义下载：** https://example.org/meetup/hz-2030.zip\n"));

        page.Event!.SlidesUrl.Should().Be("https://example.org/meetup/hz-2030.zip");
        page.Event.Talks.Should().OnlyContain(t => t.SlidesUrl == null);
    }

    [Theory]
    [InlineData("讲师：钱思远 / 松涛科技")]
    [InlineData("讲师：钱思远（松涛科技）")]
    [InlineData("讲师：钱思远，松涛数据")]
    public void A_company_word_after_a_name_makes_it_the_affiliation_not_a_second_speaker_or_a_nickname(string line)
    {
        var page = Pages.Parse(Pages.With("title: \"示例沙龙\"\ndate: 2030-02-10",
            $"**活动时间：** 2030/2/28 13:30-17:30\n\n### 议程\n\n**13:30-14:10 服务网格的渐进式迁移**\n{line}\n"));

        var speaker = page.Event!.Talks.Single().Speakers.Single();
        (speaker.Name, speaker.Aliases.Count).Should().Be(("钱思远", 0));
        speaker.Affiliation.Should().StartWith("松涛");
    }

    [Theory]
    [InlineData("Lucía Herrera")]
    [InlineData("Inês Carvalho")]
    [InlineData("Jean-Luc O'Neil")]
    [InlineData("Femke de Graaf")]
    [InlineData("Ludwig van der Berg")]
    [InlineData("Riccardo ten Cate")]
    [InlineData("John F. Kennedy")]
    [InlineData("Abhishek k. Goel")]
    [InlineData("Erin McDonnell")]
    [InlineData("MaryLena Bleile")]
    [InlineData("Anisha BharathSingh")]
    public void A_Latin_name_with_accents_hyphens_apostrophes_particles_a_middle_initial_or_an_inner_capital_is_a_speaker(string name)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Cloud Summit\"\ndate: 2030-04-01",
            $"Date: May 12, 2030\n\n### 09:30-10:15 Platforms people actually use\nSpeaker: {name} (Example Systems)\n\n"
            + "### 10:30-11:15 Policy as code\nSpeaker: Jane Roe (Initech)\n"));

        page.Event!.Talks.Select(t => t.Speakers.Single().Name).Should().Equal(name, "Jane Roe");
    }

    [Theory]
    [InlineData("簡介")]
    [InlineData("简介")]
    [InlineData("介紹")]
    public void A_word_for_an_introduction_is_no_Chinese_name_in_either_script(string word)
    {
        NameRules.IsChineseName(word).Should().BeFalse();
        NameRules.IsChineseName("陳某某").Should().BeTrue();
    }

    [Theory]
    [InlineData("Windows PowerShell")]
    [InlineData("Learning TypeScript")]
    [InlineData("Azure DevOps")]
    [InlineData("Mastering PyTorchLightning")]
    public void Two_capitalised_words_one_of_them_a_product_or_a_word_with_two_inner_capitals_are_no_name(string words)
    {
        NameRules.LooksLikeName(words).Should().BeFalse();
        NameRules.LooksLikeName("Erin McDonnell").Should().BeTrue();
    }

    [Theory]
    [InlineData("Date: May 12–13, 2030")]
    [InlineData("Dates: 12-13 May 2030")]
    [InlineData("Date: May 12th to 13th, 2030")]
    public void An_English_range_of_days_in_one_month_starts_on_the_first_day_and_ends_on_the_last(string when)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Cloud Summit\"\ndate: 2029-12-01",
            when + "\nVenue: Example Congress Centre\n\n### 09:30-10:15 Platforms people use\nSpeaker: Jane Roe (Initech)\n"));

        var e = page.Event!;
        e.Start!.Value.Date.Should().Be(new DateTime(2030, 5, 12));
        e.End!.Value.Date.Should().Be(new DateTime(2030, 5, 13));
    }

    [Fact]
    public void A_date_followed_by_a_dash_and_a_clock_time_is_no_range_of_days()
    {
        var page = Pages.Parse(Pages.With("title: \"Example Meetup\"\ndate: 2030-03-01",
            "Date: March 22 - 14:00-16:00\nVenue: Example Hall\n\nSpeaker: Jane Roe\n"));

        (page.Event!.Start, page.Event.End).Should().Be((new DateTimeOffset(2030, 3, 22, 14, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2030, 3, 22, 16, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("2030-03-20T08:00:00+01:00", 1)]
    [InlineData("2030-03-20T08:00+05:30", 5.5)]
    [InlineData("2030-03-20T08:00:00Z", 0)]
    [InlineData("2030-03-20 08:00 +01:00", 1)]
    public void An_ISO_date_and_time_with_its_offset_in_prose_gives_the_start_in_that_offset(string when, double offsetHours)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Breakfast\"\ndate: 2030-03-01",
            $"- **When**: {when}\n- **Where**: Example Cafe\n- **Speaker**: Jane Roe\n"));

        page.Event!.Start.Should().Be(new DateTimeOffset(2030, 3, 20, 8, 0, 0, TimeSpan.FromHours(offsetHours)));
    }

    [Theory]
    [InlineData("1. **Generics one year later** by Jane Roe\n2. **Profiling allocations** by John Doe\n")]
    [InlineData("- Generics one year later — Jane Roe (Example Labs)\n- Profiling allocations — John Doe (Initech)\n")]
    [InlineData("- Jane Roe (Example Labs) — Generics one year later\n- John Doe (Initech) — Profiling allocations\n")]
    public void A_list_of_talks_without_times_naming_each_speaker_by_or_after_a_dash_gives_its_talks(string list)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Go User Group\"\ndate: 2030-03-02\nevent_date: 2030-04-09T19:00:00+02:00",
            "Our April session.\n\nTalks:\n\n" + list));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("Generics one year later", "Jane Roe"), ("Profiling allocations", "John Doe"));
    }

    [Theory]
    [InlineData("- **Speaker**: Jane Roe (Example Labs)\n- **Topic**: Release trains for small teams\n")]
    [InlineData("分享嘉宾：Jane Roe（Example Labs）\n\n分享主题：Release trains for small teams\n")]
    public void A_one_session_page_whose_topic_label_follows_the_speaker_is_titled_by_the_topic(string lines)
    {
        var page = Pages.Parse(Pages.With("title: \"Example DevOps Breakfast\"\ndate: 2030-03-01",
            "- **When**: 2030-03-20 08:00\n- **Where**: Example Cafe\n\n" + lines));

        var talk = page.Event!.Talks.Single();
        (talk.Title, talk.Speakers.Single().Name).Should().Be(("Release trains for small teams", "Jane Roe"));
    }

    [Fact]
    public void Labels_marked_by_an_emoji_are_read_as_the_labels_they_mark()
    {
        var page = Pages.Parse(Pages.With("title: \"第 15 期 示例夜话\"\ndate: 2030-05-06",
            "📅 直播时间：5月20日（周三）20:00-21:00\n\n📺 直播间：https://live.example.org/kube/15\n\n👤 分享人：孟凡（某云 容器团队）\n"));

        var e = page.Event!;
        (e.Start, e.LiveUrl).Should().Be((new DateTimeOffset(2030, 5, 20, 20, 0, 0, TimeSpan.FromHours(8)), "https://live.example.org/kube/15"));
        e.Talks.Single().Speakers.Single().Name.Should().Be("孟凡");
    }

    [Fact]
    public void A_replay_under_a_replay_address_label_is_the_events_replay()
    {
        var page = Pages.Parse(Pages.With("title: \"示例直播第 9 期回放\"\ndate: 2030-04-10",
            "本期直播已于 2030 年 4 月 8 日 19:30 结束。\n\n- 主题：如何提交第一个 PR\n- 嘉宾：赵一鸣\n- 回放地址：https://www.bilibili.com/video/BV1zz4y1A7bc\n"));

        page.Event!.ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1zz4y1A7bc");
    }

    [Fact]
    public void A_numbered_list_of_bracketed_titles_and_speakers_gives_titles_without_the_brackets()
    {
        var page = Pages.Parse(Pages.With("title: \"示例城市行 · 成都\"\ndate: 2030-07-01",
            "活动时间：2030.07.18 14:00~18:00\n\n## 分享议题\n\n1. 《Go 泛型在业务中的落地》—— 何川 / 某支付公司\n2. 《用 Go 写数据库驱动》—— 邓晓 / 某数据库公司\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Go 泛型在业务中的落地", "何川"), ("用 Go 写数据库驱动", "邓晓"));
    }

    [Fact]
    public void A_two_column_table_of_facts_gives_the_venue_and_registration_of_its_rows()
    {
        var page = Pages.Parse(Pages.With("title: \"示例社区技术沙龙·深圳站\"\ndate: 2030-05-02",
            "## 活动信息\n\n| 项目 | 内容 |\n| --- | --- |\n| 时间 | 2030 年 5 月 23 日 13:30 - 17:00 |\n| 地点 | 深圳市南山区某大厦 5 楼 |\n"
            + "| 报名 | https://example.org/salon/sz |\n\n### 议题一：网关的灰度发布\n\n**嘉宾**：林海（示例网络 高级工程师）\n"));

        var e = page.Event!;
        (e.Venue, e.Form, e.RegistrationUrl).Should().Be(("深圳市南山区某大厦 5 楼", EventForm.Offline, "https://example.org/salon/sz"));
        e.Start.Should().Be(new DateTimeOffset(2030, 5, 23, 13, 30, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    public void A_bold_time_slot_before_a_title_with_the_speaker_on_the_next_line_is_a_talk(string between)
    {
        var page = Pages.Parse(Pages.With("title: \"Example Cloud Days\"\ndate: 2030-06-01",
            "**Time**: June 27, 2030 09:00 - 17:30\n\n**Venue**: Example Center\n\n## Morning\n\n"
            + $"**09:30 - 10:10** Building a platform team{between}*Chen Yu, Example Cloud*\n\n**10:20 - 11:00** eBPF observability{between}*Rachel Lin, Initech*\n"));

        page.Event!.Talks.Select(t => (t.Title, t.Speakers.Single().Name, t.Slot!.Start)).Should().Equal(
            ("Building a platform team", "Chen Yu", new TimeOnly(9, 30)), ("eBPF observability", "Rachel Lin", new TimeOnly(10, 20)));
    }
}
