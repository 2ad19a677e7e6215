using Bot.Core.Events;
using Bot.Core.Recaps;

using static Bot.Core.Tests.Recaps.ProbePages;

namespace Bot.Core.Tests.Recaps;

/// <summary>Probe pages (Recaps/Probe/p30–p42) in the shapes Chinese cloud-native communities use for meetups with
/// several talks: agendas whose speaker sits in a closing bracket, slots after the name, topic headings with a bio
/// under a label, a speaker line before its topic label, bare `地址：` venues. Invented communities, people and
/// dates; each spec states what a person reading the page would label.</summary>
public sealed class MeetupProbeSpecs
{
    [Fact]
    public void A_bare_address_label_is_the_venue_and_timed_bullets_name_the_speaker_last_in_a_bracket_before_the_deck()
    {
        var e = Event("p33-tilde-range-name-last-in-brackets.md");

        (e.Start, e.End, e.Form, e.Venue).Should().Be(
            (At(2026, 12, 6, 14, 0), At(2026, 12, 6, 17, 30), EventForm.Offline, "北京市海淀区知春路 56 号 7 层"));
        TalkLines(e).Should().Equal(
            "鲸舟调度与容器化的融合|卢晓春", "分布式代理原理解析|闫永伦", "鲸舟调度在百川云的迁移和应用|杜爽", "白鹭数据库的架构与规划|潘月");
        e.Talks[0].SlidesUrl.Should().Be("https://example.cn/file/2026-12-06/jz_luxiaochun.pptx");
        e.Talks[0].Speakers[0].Affiliation.Should().Be("星河游戏 & Committer");
    }

    [Fact]
    public void An_agenda_whose_slots_follow_the_speaker_inside_the_bracket_dates_a_meetup_announced_in_a_sentence()
    {
        var e = Event("p34-slot-after-name-in-brackets.md");

        (e.Start, e.End).Should().Be((At(2026, 10, 24, 14, 0), At(2026, 10, 24, 17, 10)));
        TalkLines(e).Should().Equal(
            "鲸舟调度简介|宋炜", "内部原理和架构设计|乔卫", "从用户到维护者——我和鲸舟调度|武宝琪", "鲸舟调度在保险行业的应用|章宗尧",
            "即将发布的特性和路线图|戴立");
        e.Talks[1].Slot!.Start.Should().Be(new TimeOnly(14, 20));
    }

    [Fact]
    public void Numbered_topic_headings_take_their_speaker_from_the_bio_under_a_lecturer_bio_label_standing_alone()
    {
        var e = Event("p30-section-time-topic-headings.md");

        (e.Start, e.End).Should().Be((At(2026, 3, 21, 14, 0), At(2026, 3, 21, 17, 30)));
        TalkLines(e).Should().Equal("存算分离数仓的架构取舍|方绮", "多集群应用编排实践|端木青", "闪电演讲 ⚡️—— 十分钟搭一个可观测看板|林晚舟");
    }

    [Fact]
    public void A_bio_label_alone_under_a_talk_that_already_names_its_speaker_adds_nobody()
    {
        const string page = "---\ntitle: 第 2 期 沙龙\n---\n时间：2026年6月13日 14:00-17:00\n\n地点：广州\n\n"
            + "### 容器镜像的供应链安全\n\n讲师：柏舟\n\n个人介绍：\n\n远山(Git)平台布道师，关注供应链安全。\n\n"
            + "### 服务网格的灰度发布\n\n讲师：檀云\n\n个人介绍：\n\n青木科技工程师。\n";

        TalkLines(RecapParser.Parse(page, "bio.md").Event!).Should().Equal("容器镜像的供应链安全|柏舟", "服务网格的灰度发布|檀云");
    }

    [Fact]
    public void A_name_company_role_line_before_a_speech_topic_label_names_that_talks_speaker()
    {
        var e = Event("p32-fullwidth-colon-name-slash-before-topic.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be(
            (At(2026, 2, 28, 14, 0), At(2026, 2, 28, 16, 30), EventForm.Online, "https://live.example.cn/m/9031"));
        TalkLines(e).Should().Equal("鲸舟调度在北辰数科的实践|柯明远", "告警模块的二次开发|乔安", "鲸舟调度在容器集群上的探索|聂子川");
        e.Talks[0].Speakers[0].Affiliation.Should().Contain("北辰数科");
    }

    [Fact]
    public void The_English_copy_reads_bold_speech_topic_labels_and_its_numbered_topic_introduction_heading_is_a_section()
    {
        var e = Event("p35-en-name-slash-speech-topic.md");

        (e.Start, e.Form).Should().Be((At(2026, 2, 28, 14, 0), EventForm.Online));
        TalkLines(e).Should().Equal("Running Whaleboat Scheduler at Beichen Digital|Mingyuan Ke", "Reworking the alert module|An Qiao");
    }

    [Fact]
    public void An_online_meetups_registration_link_in_its_details_section_is_where_to_join_the_stream()
    {
        var e = Event("p31-topic-guest-comma-online.md");

        (e.Start, e.End, e.Form, e.LiveUrl).Should().Be(
            (At(2026, 4, 18, 14, 0), At(2026, 4, 18, 16, 30), EventForm.Online, "https://forms.example.cn/page/QL0418"));
        TalkLines(e).Should().Equal("网关插件的热更新实践|龚远航", "函数计算在边缘场景的探索|苗语", "从零写一个扩展组件|闻溪");
    }

    [Fact]
    public void A_date_without_a_year_on_a_page_without_a_publish_date_takes_the_year_its_title_names()
    {
        var e = Event("p37-image-agenda-no-year.md");

        (e.Start, e.End, e.LiveUrl, e.Form).Should().Be((At(2026, 5, 23, 14, 0), At(2026, 5, 23, 18, 0), null, EventForm.Hybrid),
            "the venue is streamed too, and registering is for the venue: no live room");
        e.Talks.Should().BeEmpty("the agenda is a poster");
    }

    [Fact]
    public void Bilingual_labels_date_a_meetup_whose_table_heads_its_columns_period_content_and_presenter()
    {
        var e = Event("p40-bilingual-labels-period-content-table.md");

        (e.Start, e.End, e.Form, e.Venue).Should().Be(
            (At(2026, 8, 22, 13, 30), At(2026, 8, 22, 17, 30), EventForm.Offline, "上海市徐汇区漕溪北路 88 号 灯塔空间"));
        TalkLines(e).Should().Equal("用 OpenTelemetry 统一指标与链路|鲁清和", "Rust in the data plane|Ethan Zhou", "多租户日志的冷热分层|祁雪");
    }

    [Fact]
    public void Timed_bullets_take_their_speakers_from_a_nested_lecturer_bullet_and_a_roundtable_names_each_bracketed_guest()
    {
        var e = Event("p41-nested-speaker-bullets.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 8, 29, 13, 30), At(2026, 8, 29, 17, 0), EventForm.Offline));
        TalkLines(e).Should().Equal("分布式事务的一致性取舍|贝凌", "HTAP 场景下的资源隔离|上官砚", "圆桌：开源数据库的社区运营|贝凌,葛晴");
        e.Talks[2].Speakers.Select(s => s.Affiliation).Should().Equal("松果数据", "西溪科技");
        e.Talks[1].Slot.Should().Be(new TimeSlot(new TimeOnly(14, 45), new TimeOnly(15, 25)));
    }

    [Fact]
    public void A_venue_that_says_it_is_streamed_as_well_makes_a_hybrid_meetup()
    {
        var e = Event("p42-venue-streamed-too.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 9, 19, 13, 30), At(2026, 9, 19, 17, 30), EventForm.Hybrid));
        e.Venue.Should().Be("南京市建邺区江东中路 108 号 B 座 6 楼（线上同步直播）");
        TalkLines(e).Should().Equal("可观测数据的统一存储|秦淮", "边缘节点的自动化运维|栖霞", "用 WebAssembly 扩展网关|莫愁");
    }

    [Fact]
    public void An_agenda_of_plain_timed_lines_with_bars_between_title_and_speaker_without_its_sign_in_and_breaks()
    {
        var e = Event("p38-pipe-slot-lines.md");

        (e.Start, e.End, e.Form).Should().Be((At(2026, 6, 13, 13, 30), At(2026, 6, 13, 17, 0), EventForm.Offline));
        TalkLines(e).Should().Equal("链路追踪的采样策略|钟离", "日志平台的成本治理|宁采薇", "用 eBPF 做无侵入观测|尉迟恒");
        e.Talks[2].Slot.Should().Be(new TimeSlot(new TimeOnly(15, 40), new TimeOnly(16, 20)));
        e.Talks[0].Speakers[0].Affiliation.Should().Be("河图科技");
    }

    [Fact]
    public void Plain_lines_that_open_with_a_lone_time_such_as_a_chat_log_are_no_agenda()
    {
        const string page = "---\ntitle: 第 9 期 读书会\n---\n时间：2026年6月13日 20:00-21:00\n\n地点：线上\n\n## 聊天记录\n\n"
            + "20:35:52 From 罗平 : 大家好\n20:36:10 From 韦青 : 好的\n20:37:02 From 罗平 : 谢谢了\n";

        RecapParser.Parse(page, "chat.md").Event!.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_two_day_meetup_with_a_day_range_and_an_agenda_table_per_day()
    {
        var e = Event("p39-two-day-day-headings.md");

        (e.Start, e.End).Should().Be((At(2026, 7, 11, 9, 0), At(2026, 7, 12, 17, 0)));
        TalkLines(e).Should().Equal("平台工程的第一年|贺知章", "镜像分发的加速方案|骆宾", "服务网格的降本实践|王勃然", "调度器的混部改造|杨炯");
    }
}
