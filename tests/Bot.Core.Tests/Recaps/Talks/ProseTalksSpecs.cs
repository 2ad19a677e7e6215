namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>A recap that tells its talks only in sentences, on pages written for these specs.</summary>
public sealed class ProseTalksSpecs
{
    private const string Recap = "11 月 21 日，示例数据库社区杭州站活动在西湖区顺利举行，近百名开发者到场参与。\n\n"
        + "活动开始，某云数据库产品总经理韩立以“共建企业级开源数据库”为主题发表分享，介绍了社区一年来的进展。\n\n"
        + "随后，某科技技术总监苏青为大家带来了“存储引擎的演进与取舍”的精彩分享。议题围绕日志结构合并树展开。\n\n"
        + "此次，社区资深布道师魏然，给大家带来了《从单机到分布式的迁移实践》，并现场演示了迁移工具。\n\n"
        + "最后，大家合影留念，活动圆满结束。\n";

    [Fact]
    public void A_recap_that_lists_which_talk_was_by_whom_on_what_gives_each_talk()
    {
        var talks = Pages.Parse(Pages.With("title: \"Talks – Jul, 2030\"\ndate: 2030-07-18", "We had 3 talks in the online meetup.\n\n"
            + "- The first talk was by Jane Doe on Time Complexity using Python. In the process we revisited complexities.\n"
            + "- The second talk was given by John Roe about Unit Testing Using Python. He spoke about pytest.\n"
            + "- The final talk of the day was by Abhiram on Code Quality - the principles and the methods.\n")).Event!.Talks;

        talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Time Complexity using Python", "Jane Doe"),
            ("Unit Testing Using Python", "John Roe"), ("Code Quality - the principles and the methods", "Abhiram"));
    }

    [Fact]
    public void A_talk_given_by_someone_named_after_you_is_theirs_by_name_or_handle()
    {
        var e = Parse("示例 User Group 在 2030-10-18 第一次 Thematic Seminar 线上交流会\n\n本次分享分为三节：\n"
            + "- 由 @korilin 带来《Kotlin 与设计模式》的分享\n- 由张三带来《Kotlin 小技巧》的分享\n- 由 Jane Doe 带来《Kotlin 协程入门》的分享\n- 由社区带来《福利》\n");

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("Kotlin 与设计模式", "korilin"), ("Kotlin 小技巧", "张三"), ("Kotlin 协程入门", "Jane Doe"));
    }

    [Fact]
    public void A_clause_that_opens_with_a_whole_latin_name_gives_that_persons_talk_and_a_lone_word_gives_none()
    {
        var e = Parse("本次活动我们邀请到了 Jane Doe 和 Tom。Jane Doe 为我们介绍了《A Hands-On Tutorial on writing your first dapp》，"
            + "Tom 为大家介绍了《示例工具的使用》，示例协会副会长马凯同学为大家介绍了《软件许可证简介》，深受欢迎。\n");

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("A Hands-On Tutorial on writing your first dapp", "Jane Doe"), ("软件许可证简介", "马凯"));
    }

    [Fact]
    public void A_conference_announcements_past_talks_and_its_programme_of_social_events_name_no_speaker()
    {
        var page = Pages.Parse(Pages.With("title: \"Announcing Example Docs Conference 2030\"",
            "* The conference will be in **Portland, Oregon on May 17-19.**\n\nJoin us for a three day event. "
            + "Past talks have also covered such diverse topics as typography, empathy, and design.\n\n### Auxiliary Events\n\n"
            + "* Writing Day (Sunday Daytime) - Get together and write the docs with your fellow documentarians.\n"
            + "* Conference Reception (Sunday Night) - Come early, get your badge and get to know folks.\n"
            + "* Official Party (Monday Night) - Wind down and talk about the days talks.\n"));

        (page.Event?.Talks ?? []).Should().BeEmpty();
    }

    [Fact]
    public void Each_sentence_that_names_a_speaker_and_quotes_a_title_gives_a_talk_in_page_order()
    {
        var e = Parse(Recap);

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("共建企业级开源数据库", "韩立"), ("存储引擎的演进与取舍", "苏青"), ("从单机到分布式的迁移实践", "魏然"));
    }

    [Fact]
    public void A_title_wrapped_over_lines_is_one_title_and_a_person_in_its_talk_introduces_it()
    {
        var e = Parse("9 月 1 日，示例用户组 Meetup 在西安成功举办。\n\n"
            + "社区 Maintainer 王玺源在《示例\nAI生态的现状与未来》的主题分享中介绍了丰富的框架和库。\n\n"
            + "某研究中心操作系统高级专家张道龙分享了主题《示例 managed\nby\n某公司》，介绍了服务能力。\n");

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("示例 AI生态的现状与未来", "王玺源"), ("示例 managed by 某公司", "张道龙"));
    }

    [Fact]
    public void A_campus_recap_names_a_speaker_after_a_club_role_or_before_an_honorific_and_keeps_a_long_title_whole()
    {
        var e = Parse("2030 年 9 月 15 日下午，软件自由日活动在西校区 3C103 教室成功举办。\n\n"
            + "来自某基金会的工程师 Jane Doe 为我们介绍了《A Hands-On Tutorial on using fabric-sdk-py and writing your first dapp with fabric》，"
            + "Linux 用户协会副会长马凯同学为大家介绍了《我已阅读并同意：软件许可证简介》，深受在场同学的欢迎。\n");

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)))).Should().Equal(
            ("A Hands-On Tutorial on using fabric-sdk-py and writing your first dapp with fabric", "Jane Doe"), ("我已阅读并同意：软件许可证简介", "马凯"));
    }

    [Fact]
    public void One_sentence_that_tells_several_talks_in_clauses_gives_each_with_its_linked_deck_under_the_pages_own_heading()
    {
        var e = Parse("# Rust 开发漫谈\n\n2030年12月07日，示例实验室组织了第一次技术 Meetup，包含三个主题，分别是示例实验室研究员方远带来的"
            + "[《深入浅出异步编程》](ppt/async.pdf),示例实验室研究员成锁带来的[《Web 框架比较》](ppt/web.pdf)，某团队资深开发者沈宁带来的"
            + "[《Network programming: Futures and gRPC》](ppt/net.pdf)。\n");

        e.Talks.Select(t => (t.Title, string.Join(",", t.Speakers.Select(s => s.Name)), t.SlidesUrl)).Should().Equal(
            ("深入浅出异步编程", "方远", "ppt/async.pdf"), ("Web 框架比较", "成锁", "ppt/web.pdf"), ("Network programming: Futures and gRPC", "沈宁", "ppt/net.pdf"));
    }

    [Theory]
    [InlineData("社区发布了《数据库开源白皮书》，欢迎下载阅读。")]
    [InlineData("某云数据库产品总经理韩立表示：“开源的关键在于构建基础根技术，还要与伙伴一起长期投入。”")]
    [InlineData("某云数据库产品总经理韩立在会上介绍了社区一年来的进展，并在结尾提到了“开源”。")]
    public void A_quote_that_no_named_speaker_introduces_as_a_talk_gives_none(string sentence)
    {
        var e = Parse("11 月 21 日，示例数据库社区杭州站活动在西湖区顺利举行。\n\n" + sentence + "\n");

        e.Talks.Should().BeEmpty();
    }

    [Fact]
    public void A_page_whose_layout_lists_its_talks_is_not_read_for_sentences()
    {
        var e = Parse("## 议程\n\n### 存储引擎的演进与取舍\n\n讲师：苏青，某科技技术总监\n\n"
            + "## 回顾\n\n某云数据库产品总经理韩立以“共建企业级开源数据库”为主题发表分享。\n");

        e.Talks.Select(t => t.Title).Should().Equal("存储引擎的演进与取舍");
    }

    [Fact]
    public void English_sentences_that_name_a_speaker_and_a_verb_of_speaking_give_the_talks_they_announce()
    {
        var e = ParseEnglish("Don't you have enough of the summer heat? Join us to discuss web design.\n\n"
            + "Nina Keller will talk to us about UI design patterns for developers. She will share tricks anyone can use.\n\n"
            + "Meanwhile, Luca Bernasconi will be joining us to talk about the latest in front-end tooling.\n\n"
            + "Tom is going to present about **[Node.js streams](https://nodejs.org/)**, why they matter and how they work.\n");

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(
            ("UI design patterns for developers", "Nina Keller"), ("the latest in front-end tooling", "Luca Bernasconi"), ("Node.js streams", "Tom"));
    }

    [Fact]
    public void A_speakers_list_whose_items_wrap_their_sentence_gives_the_titles_the_talks_are_given()
    {
        var e = ParseEnglish("The speakers:\n\n* [Monika Novak](https://example.org/m)\nwill present a talk entitled \"Simple maps, simply made\"\n\n"
            + "* [Jan Meyer](https://example.org/j) will tell us about\nself-hosted location tracking\n");

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Simple maps, simply made", "Monika Novak"));
    }

    [Fact]
    public void A_heading_right_above_a_sentence_that_tells_a_talk_is_its_title()
    {
        var e = ParseEnglish("## Console scripts\n\nReutemann will briefly discuss how you can add console scripts to your library. "
            + "Bring a laptop.\n\n## Packaging\n\nJane Doe will talk to us about wheels and sdists.\n");

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Console scripts", "Reutemann"), ("Packaging", "Jane Doe"));
    }

    [Theory]
    [InlineData("Brian Example will take us on a tour of NixOS. This will include:")]
    [InlineData("Brian Example will walk us through NixOS, flakes and all.")]
    [InlineData("Brian Example will take us on a guided tour of NixOS.")]
    public void A_person_who_will_take_the_group_through_a_subject_gives_that_talk(string sentence)
    {
        var e = ParseEnglish(sentence + "\n");

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("NixOS", "Brian Example"));
    }

    [Fact]
    public void To_discuss_mid_sentence_is_a_conversation_not_a_talk()
    {
        var e = ParseEnglish("### Notes from the booth\n\nIn this session, Sanskar and Kingdon will discuss deploying Helm applications securely.\n");

        e.Talks.Should().BeEmpty();
    }

    [Fact]
    public void Club_minutes_name_members_by_a_first_name_and_a_last_initial()
    {
        var e = ParseEnglish("<strong>Graham</strong> introduced [Munzee](https://example.org/m), a scavenger hunt with QR codes.\n\n"
            + "<strong>David C</strong> spoke about [Analysis Exchange](https://example.org/a), a free web analytics service.\n\n"
            + "<strong>John H</strong> demonstrated HAProxy, the load balancer.\n\n<strong>Track B</strong> was in the other room.\n");

        e.Talks.Select(t => (t.Title, t.Speakers.Single().Name)).Should().Equal(("Munzee", "Graham"), ("Analysis Exchange", "David C"), ("HAProxy", "John H"));
    }

    [Fact]
    public void A_recaps_caption_names_the_speaker_with_their_alias_and_employer()
    {
        var e = ParseEnglish("Wang Lei (王磊) from Example Cloud explains how the engine fits their data platform:\n\n![Wang Lei](https://example.org/4.jpg)\n");

        var speaker = e.Talks.Should().ContainSingle().Which.Speakers.Single();
        (speaker.Name, speaker.Aliases.Single(), speaker.Affiliation).Should().Be(("Wang Lei", "王磊", "Example Cloud"));
        e.Talks[0].Title.Should().Be("how the engine fits their data platform");
    }

    [Fact]
    public void People_before_presents_and_a_quoted_title_give_the_whole_title_and_every_person_without_roles_or_companies()
    {
        var e = ParseEnglish("- Speech schedule\n"
            + "  - March 19 at 14:05 - 14:30 CET: Level 7.3 | Room S03\n    Maintainer Kevin Wang, Example Cloud， presents“Multi-Cluster GPU Workload Management”\n"
            + "  - March 22 at 16:00 - 16:35 CET: Paris Room\n    Maintainers William Wang & Hongcai Ren, Example Cloud presents “GPU Utilization: Challenges and Solutions”\n");

        e.Talks.Select(t => t.Title).Should().Equal("Multi-Cluster GPU Workload Management", "GPU Utilization: Challenges and Solutions");
        e.Talks.Select(t => string.Join(", ", t.Speakers.Select(s => s.Name))).Should().Equal("Kevin Wang", "William Wang, Hongcai Ren");
        e.Talks[0].Speakers.Single().Affiliation.Should().Be("Example Cloud");
    }

    [Theory]
    [InlineData("We will talk about the venue next week.")]
    [InlineData("The organisers gave an overview of the year.")]
    [InlineData("This talk is about caching.")]
    public void An_english_sentence_whose_subject_is_no_person_gives_no_talk(string sentence)
    {
        ParseEnglish(sentence + "\n").Talks.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Travis Example will be giving an interactive talk:\n\"Yeah, there's a Map for that: Geospatial JavaScript, Leaflet,\nand map puns.\"")]
    [InlineData("<p>Travis Example will be giving an interactive talk:\n\"Yeah, there's a Map for that: Geospatial JavaScript, Leaflet,\nand map puns.\"</p>")]
    [InlineData("Travis Example gives a hands-on workshop called \"Yeah, there's a Map for that: Geospatial JavaScript, Leaflet, and map puns.\"")]
    public void A_person_giving_a_talk_of_some_kind_then_its_quoted_title_over_lines_gives_that_talk(string paragraph)
    {
        var talk = ParseEnglish(paragraph + "\n").Talks.Should().ContainSingle().Subject;

        talk.Title.Should().StartWith("Yeah, there's a Map for that: Geospatial JavaScript, Leaflet, and map puns");
        talk.Speakers.Single().Name.Should().Be("Travis Example");
    }

    [Fact]
    public void The_people_in_the_room_giving_a_quoted_talk_are_nobody()
    {
        ParseEnglish("Participants Example will be giving a talk: \"Our favourite editors\"\n").Talks.Should().BeEmpty();
    }

    private static Bot.Core.Events.Event ParseEnglish(string body) =>
        Pages.Parse(Pages.With("title: Hot summer web meetup\ndateTime: 2030-08-24 17:30\nduration: 120", "Address: Example Office, 7F, Osaka\n\n" + body)).Event!;

    private static Bot.Core.Events.Event Parse(string body) =>
        Pages.Parse(Pages.With("title: \"示例数据库社区杭州站活动回顾\"\ndate: 2026-11-23\nlocation: 杭州", body)).Event!;
}
