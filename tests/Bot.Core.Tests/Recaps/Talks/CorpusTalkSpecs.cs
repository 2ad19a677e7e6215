using Bot.Core.Events;

namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Expectations hand-checked against the text of real corpus pages (../shared/corpus/sofastack).</summary>
public sealed class CorpusTalkSpecs
{
    private static string[] Titles(IReadOnlyList<Talk> talks) => talks.Select(t => t.Title).ToArray();

    private static string[] Names(Talk talk) => talk.Speakers.Select(s => s.Name).ToArray();

    private static TimeSlot Slot(int h1, int m1, int h2, int m2) => new(new TimeOnly(h1, m1), new TimeOnly(h2, m2));

    [Fact]
    public void Meetup_14_has_five_quoted_talks_four_decks_and_the_huaming_of_zhou_qunli()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-14");

        Titles(talks).Should().Equal(
            "中国木兰社区助力云原生扬帆远航",
            "如何建立云原生时代的 DevOps 工具链",
            "在大规模集群中落地 dapr 或 Layotto 这种多运行时架构是什么样的体验",
            "云原生多集群治理实践",
            "蚂蚁服务发现的大规模实践与展望");
        talks.Select(t => Names(t).Single()).Should().Equal("王庆", "刘新", "周群力", "徐迪", "肖健");
        talks[2].Speakers[0].Aliases.Should().Equal("仪式");
        talks[4].Speakers[0].Aliases.Should().Equal("昱恒");
        talks.Select(t => t.SlidesUrl).Should().Equal(
            null,
            "https://gw.alipayobjects.com/os/bmw-prod/c3a8aa31-737b-489f-8a22-f8e643b7d00a.pdf",
            "https://gw.alipayobjects.com/os/bmw-prod/97aaba22-9d74-4957-9dd3-025fc28d071f.pdf",
            "https://gw.alipayobjects.com/os/bmw-prod/06dd282a-c0be-4285-b625-63697826226d.pdf",
            "https://gw.alipayobjects.com/os/bmw-prod/7d7a7055-99b9-4b1f-aacc-4dbb75cd10f8.pdf");
    }

    [Fact]
    public void Meetup_5_matches_reworded_slide_titles_by_order()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-5");

        talks.Select(t => Names(t).Single()).Should().Equal("黄挺", "田洪亮", "王发康", "李旭东", "王磊");
        talks[0].Title.Should().Be("SOFA 三周年 ---- 一起做些有趣的事儿吧！");
        talks[0].SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/1950a766-ad37-417b-b1e1-83c291143376.pdf");
        talks.Should().OnlyContain(t => t.SlidesUrl != null && t.Abstract != null && t.Takeaways != null);
    }

    [Fact]
    public void Meetup_6_has_a_two_speaker_talk_and_tolerates_the_bracket_typo_in_its_slides()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-6");

        Titles(talks).Should().Equal("边缘计算中的 Kata Containers", "快速闪电：Nydus 镜像加速服务",
            "WebAssembly Micro Runtime：云原生时代的超轻量级新型沙箱", "WebAssembly 在 MOSN 中的探索与实践");
        Names(talks[1]).Should().Equal("彭涛", "徐佶辉");
        talks[0].SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/30959033-63c5-43a4-93a4-75cbbb921296.pdf");
        talks[3].SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/fbf09bcb-3c0f-4b66-af74-9dfa69966405.pdf");
    }

    [Fact]
    public void Meetup_13_puts_four_guests_under_the_opening_and_names_before_the_other_titles()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-13");

        talks.Should().HaveCount(7);
        Names(talks[0]).Should().Equal("王鑫", "杨斌", "Till Schneidereit", "Ralph Squillace");
        talks[0].Speakers[1].Aliases.Should().Equal("凯撒");
        talks.Skip(1).Select(t => Names(t).Single()).Should().Equal("汤伟", "何良", "唐兹源", "臧琳", "张磊", "黄齐");
        talks[0].SlidesUrl.Should().BeNull("six decks for seven talks, and the opening has none");
        talks[4].SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/0c9a2462-ac26-4d59-997b-b84d1eea0d40.pdf");
    }

    [Fact]
    public void Service_mesh_meetup_8_splits_speakers_at_the_full_width_semicolon_and_skips_the_impossible_break()
    {
        var (talks, diagnostics) = CorpusPage.Extract("service-mesh-meetup-8");

        talks.Should().HaveCount(8);
        Names(talks[0]).Should().Equal("曾凡松", "汪萌海");
        talks[0].Speakers.Select(s => s.Aliases.Single()).Should().Equal("逐灵", "木苏");
        Names(talks[2]).Should().Equal("周涛");
        talks[2].Speakers[0].Aliases.Should().Equal("广侯");
        Names(talks[3]).Should().Equal("曹寅");
        talks[0].Slot.Should().Be(Slot(9, 30, 10, 10));
        diagnostics.Items.Should().Contain(d => d.Code == "talk-slot-impossible" && d.Line == 55);
    }

    [Fact]
    public void Service_mesh_meetup_9_takes_real_names_from_the_details_and_the_roundtable_guests()
    {
        var (talks, _) = CorpusPage.Extract("service-mesh-meetup-9");

        talks.Should().HaveCount(6);
        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "靳文祥", Aliases = new[] { "贾岛" } });
        talks[2].Title.Should().Be("MOSN 社区化发布");
        Names(talks[3]).Should().Equal("鲁直", "涵畅", "张超盟", "付铖", "王国云");
        talks[4].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "黄家琦", Aliases = new[] { "嘉祁" } });
    }

    [Fact]
    public void Meetup_2_reads_a_name_last_agenda_table_without_sign_in_and_tea()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-2");

        talks.Select(t => Names(t).Single()).Should().Equal("善逝", "琪祥", "米麒麟", "玄北", "绍辉", "卫恒", "三平");
        talks[1].Title.Should().Be("谈注册中心 SOFARegistry 架构设计");
        talks[1].Slot.Should().Be(Slot(14, 15, 15, 0), "'14 :15' has a space before the colon");
    }

    [Fact]
    public void Channel_1_reads_its_raw_html_agenda()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-1");

        talks.Should().ContainSingle().Which.Title.Should().Be("从蚂蚁金服微服务实践谈起");
        talks[0].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "章耿", Aliases = new[] { "余淮" } });
        talks[0].Slot.Should().Be(Slot(19, 0, 20, 0));
    }

    [Fact]
    public void Channel_3_takes_its_title_from_the_theme_not_the_copied_agenda()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-3");

        talks.Should().ContainSingle().Which.Title.Should().Be("SOFARPC 性能优化（下）—— 手把手带你性能调优（含 Demo）");
        Names(talks[0]).Should().Equal("碧远");
    }

    [Fact]
    public void Channel_16_keeps_the_agenda_speaker()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-16");

        Names(talks.Single()).Should().Equal("卫恒");
    }

    [Fact]
    public void Channel_24_skips_the_assistant_host_and_gets_its_single_deck()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-24");

        var talk = talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("漫谈 HTTP/3 进化史");
        talk.Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "曾柯", Aliases = new[] { "毅丝" } });
        talk.Slot.Should().Be(Slot(19, 0, 19, 50));
        talk.SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/3c6d7642-16b3-4cc9-8968-5a2ff4ca10ad.pdf");
    }

    [Fact]
    public void Channel_29_has_two_guests_from_split_items()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-29");

        var talk = talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("基于 P2P 的文件和镜像加速系统 Dragonfly");
        Names(talk).Should().Equal("戚文博", "马金晶");
        talk.Speakers.Select(s => s.Aliases.Single()).Should().Equal("百蓦", "楚贤");
    }

    [Fact]
    public void Channel_34_without_a_summary_reads_the_bracket_block()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-34");

        var talk = talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("Dragonfly & Nydus 在 AI 场景下的加速实践");
        talk.Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "戚文博", Aliases = new[] { "百蓦" } });
        talk.Slot.Should().Be(Slot(19, 0, 20, 0));
    }

    [Fact]
    public void Channel_35_keeps_the_hash_in_its_slides_url()
    {
        var (talks, _) = CorpusPage.Extract("sofa-channel-35");

        var talk = talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("SOFABoot 4.0 — 迈向 JDK 17 新时代");
        talk.Speakers.Should().ContainSingle().Which.Aliases.Should().Equal("致节");
        talk.SlidesUrl.Should().StartWith("https://mdn.alipayobjects.com/huamei_soxoym/afts/file/A*yD0TQ6Uqhg4AAAAAAAAAAAAADrGAAQ/SOFAChannel#35%20SOFABoot")
            .And.EndWith("%E6%96%B0%E6%97%B6%E4%BB%A3.pdf");
    }

    [Fact]
    public void Four_years_reads_numbered_headings_lecturer_lines_and_per_talk_downloads()
    {
        var (talks, _) = CorpusPage.Extract("sofastack-four-years-of-open-source");

        Titles(talks).Should().Equal("宋顺四周年致辞", "蚂蚁服务发现的大规模实践和展望", "蚂蚁集团 Service Mesh 进展回顾与展望",
            "MOSN 1.0 发布，开启新一代架构演进", "Ark Serverless 体系助力业务极速研发");
        talks[1].Speakers.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Name = "李旭东", Aliases = new[] { "向旭" } });
        Names(talks[4]).Should().Equal("赵真灵", "刘晶");
        talks[4].SlidesUrl.Should().Be("https://gw.alipayobjects.com/os/bmw-prod/797e73f6-eb34-4b56-829c-6bb11710d5b0.pdf");
    }

    [Fact]
    public void Meetup_16_knows_its_talks_from_links_and_merges_three_replays_by_title()
    {
        var (talks, _) = CorpusPage.Extract("sofa-meetup-16");

        talks.Should().HaveCount(6);
        talks[0].Title.Should().Be("基于 P2P 的文件和镜像加速系统 Dragonfly");
        talks[0].ReplayUrl.Should().Be("https://www.bilibili.com/video/BV1TV4y1j7Yk/?vd_source=65cf108a3fb8e9985d41bd64c5448f63");
        talks.Count(t => t.ReplayUrl != null).Should().Be(3);
        talks.Should().OnlyContain(t => t.SlidesUrl != null);
    }

    [Fact]
    public void The_6th_anniversary_takes_guests_in_slide_order_and_keeps_parentheses_in_urls()
    {
        var (talks, _) = CorpusPage.Extract("sofa-6th-anniversary");

        talks.Select(t => Names(t).Single()).Should().Equal("王特", "赵真灵", "马振军", "朱德江", "胡子杰", "杜鑫");
        talks[0].Title.Should().Be("Apache Seata(incubating) 新征程");
        talks[0].SlidesUrl.Should().EndWith("Apache%20seata(inbucating)%E6%96%B0%E5%BE%81%E7%A8%8B(1).pdf");
    }

    [Fact]
    public void The_7th_anniversary_matches_trailing_slides_by_speaker()
    {
        var (talks, _) = CorpusPage.Extract("sofastack-open-source-7th-anniversary-upcoming-events");

        talks.Select(t => Names(t).Single()).Should().Equal("梁栎鹏", "罗泽轩");
        talks[0].Title.Should().Be("Koupleless: 如何助力应用低成本演进至 Serverless");
        talks.Should().OnlyContain(t => t.SlidesUrl != null && t.SlidesUrl.EndsWith(".pdf"));
    }

    [Fact]
    public void The_english_workshop_reads_by_lines_and_skips_lunch()
    {
        var (talks, _) = CorpusPage.Extract("en-sofastack-cloud-native-workshop.md");

        talks.Should().HaveCount(7);
        talks[1].Title.Should().Be("Quickly build microservices with SOFAStack");
        Names(talks[1]).Should().Equal("Jie Cao");
        talks[1].Slot.Should().Be(Slot(9, 20, 10, 10));
        talks.Select(t => t.Title).Should().NotContain(t => t.Contains("Lunch"));
    }

    [Fact]
    public void Service_mesh_webinar_1_takes_the_theme_title_and_the_share_speaker()
    {
        var (talks, _) = CorpusPage.Extract("service-mesh-webinar-1");

        var talk = talks.Should().ContainSingle().Subject;
        talk.Title.Should().Be("多点生活在 Service Mesh 上的实践——Istio + MOSN 在 Dubbo 场景下的探索之路");
        Names(talk).Should().Equal("陈鹏");
    }
}
