namespace Bot.Core.Tests.Questions;

/// <summary>Questions as members ask them, over the SOFAStack corpus and <see cref="SyntheticPages"/> at
/// <see cref="SyntheticPages.Now"/>, each with the facts its answer must show (checked against the pages too).</summary>
internal static class QuestionSuite
{
    private const string Channel36 = "zh-sofa-channel-36.md";
    private const string Meetup18 = "zh-sofa-meetup-18.md";

    public static IReadOnlyList<QuestionCase> Cases { get; } =
    [
        // What is next, today, tomorrow, this week, on a date.
        Zh("下一次直播是什么时候", [Channel36], "SOFAChannel#36", "2026-11-26", "19:00"),
        En("When is the next live stream?", [Channel36], "SOFAChannel#36", "2026-11-26", "19:00"),
        Zh("下一场活动是什么？", [Channel36], "SOFAChannel#36", "用 Quokka 做服务网格的流量回放"),
        En("What's the next event?", [Channel36], "SOFAChannel#36", "用 Quokka 做服务网格的流量回放"),
        En("What's coming up?", [Channel36], "SOFAChannel#36"),
        Zh("下次线下 meetup 在哪里举办", [Meetup18], "南京市鼓楼区示例路 8 号"),
        En("Where is the next meetup held?", [Meetup18], "南京市鼓楼区示例路 8 号"),
        Zh("明天有直播吗", [Channel36], "SOFAChannel#36", "https://live.bilibili.com/36036036"),
        En("Is there anything on tomorrow?", [Channel36], "SOFAChannel#36"),
        Zh("这周有什么活动", [Channel36], "SOFAChannel#36"),
        En("What's happening this week?", [Channel36], "SOFAChannel#36"),
        Zh("下周有活动吗", [Meetup18], "SOFAMeetup#18", "2026-12-05"),
        En("Any events next week?", [Meetup18], "SOFAMeetup#18", "2026-12-05"),
        Zh("12月5日有什么活动", [Meetup18], "SOFAMeetup#18", "13:30"),
        En("What's on December 5?", [Meetup18], "用 eBPF 观测微服务的网络延迟", "混沌工程在支付链路的落地"),
        Zh("2022年4月1日有什么活动", ["zh-sofa-meetup-14.md"], "SOFAMeetup&木兰技术开放日"),
        En("What events were there in March 2020?", ["zh-sofa-channel-12.md", "zh-sofa-channel-13.md"], "SOFAChannel#12", "SOFAChannel#13"),
        Zh("2020年3月有哪些直播", ["zh-sofa-channel-12.md", "zh-sofa-channel-13.md"], "SOFAChannel#12", "SOFAChannel#13"),
        Zh("这周六有活动吗", [Channel36], "SOFAChannel#36"),
        En("Is there an event on Saturday?", [Channel36], "SOFAChannel#36"),

        // When is or was an event.
        Zh("SOFAChannel#24 是什么时候", ["zh-sofa-channel-24.md"], "2022-01-20", "19:00"),
        En("When was SOFAChannel#24?", ["zh-sofa-channel-24.md"], "2022-01-20"),
        Zh("meetup 14 是哪天", ["zh-sofa-meetup-14.md"], "2022-04-01"),
        En("When did meetup 8 take place?", ["zh-sofa-meetup-10.md"], "2021-09-11"),
        Zh("Seata TCC 的直播是什么时候", ["zh-sofa-channel-4.md"], "2019-04-18"),
        En("When was the live stream about Seata TCC?", ["zh-sofa-channel-4.md"], "2019-04-18"),
        Zh("成都站是什么时候", ["zh-sofa-meetup-10.md", "zh-sofa-meetup-15.md"], "2021-09-11", "2022-05-14"),
        En("When was SOFAMeetup#9?", ["zh-sofa-meetup-12.md"], "2021-10-23"),
        Zh("曾柯什么时候讲过 HTTP/3", ["zh-sofa-channel-24.md", "zh-sofa-channel-27.md"], "2022-01-20", "2022-05-26"),
        En("When did 毅丝 talk about HTTP/3?", ["zh-sofa-channel-24.md", "zh-sofa-channel-27.md"], "2022-01-20", "2022-05-26"),

        // Who spoke about a topic.
        Zh("谁讲过 MOSN", ["zh-sofa-6th-anniversary.md", "zh-sofa-meetup-6.md", "zh-sofa-meetup-5.md"], "朱德江", "叶永杰", "王发康"),
        En("Who has talked about MOSN?", ["zh-sofa-6th-anniversary.md", "zh-sofa-meetup-6.md", "zh-sofa-meetup-5.md"], "朱德江", "叶永杰", "王发康"),
        Zh("谁分享过 Seata", ["zh-sofa-6th-anniversary.md", "zh-sofa-anniversary-5.md", "zh-sofa-channel-10.md"], "王特", "李宗杰", "屹远"),
        En("Who spoke about Seata?", ["zh-sofa-6th-anniversary.md", "zh-sofa-anniversary-5.md", "zh-sofa-channel-10.md"], "王特", "李宗杰", "屹远"),
        Zh("有谁讲过 SOFAJRaft", ["zh-sofa-channel-22.md", "zh-sofa-channel-8.md"], "冯家纯", "力鲲"),
        En("Which speakers covered SOFAJRaft?", ["zh-sofa-channel-22.md", "zh-sofa-channel-8.md"], "冯家纯", "力鲲"),
        Zh("Nydus 相关的分享有哪些", ["zh-sofa-channel-30.md", "zh-sofa-channel-34.md"], "严松", "戚文博"),
        En("Talks about Nydus?", ["zh-sofa-channel-30.md", "zh-sofa-channel-34.md"], "严松", "戚文博"),
        Zh("谁讲过 Dragonfly", ["zh-sofa-channel-29.md"], "戚文博", "马金晶"),
        En("Who presented Dragonfly?", ["zh-sofa-channel-29.md"], "戚文博", "马金晶"),
        Zh("谁讲过 HTTP/3", ["zh-sofa-channel-24.md", "zh-sofa-channel-21-1.md"], "曾柯", "孔令涛"),
        En("who gave talks on HTTP/3", ["zh-sofa-channel-24.md", "zh-sofa-channel-21-1.md"], "曾柯", "孔令涛"),
        Zh("服务发现相关的分享", ["zh-sofa-channel-23.md", "zh-sofastack-four-years-of-open-source.md"], "林育智", "李旭东"),
        En("Who spoke about Kata Containers?", ["zh-sofa-channel-32.md"], "姚胤楠"),
        Zh("SOFAArk 有哪些分享", ["zh-sofa-channel-11.md", "zh-sofa-channel-28.md"], "玄北", "张冯君"),
        En("Anything about SOFAArk?", ["zh-sofa-channel-11.md", "zh-sofa-channel-28.md"], "玄北", "张冯君"),

        // Who is a person or 花名, and their talks.
        Zh("鲁直是谁", ["zh-service-mesh-meetup-8.md", "zh-service-mesh-meetup-9.md"], "黄挺", "Service Mesh 落地的务实与创新"),
        En("Who is 鲁直?", ["zh-service-mesh-meetup-8.md", "zh-service-mesh-meetup-9.md"], "黄挺", "Service Mesh 落地的务实与创新"),
        Zh("仪式讲过什么", ["zh-sofa-meetup-10.md"], "周群力", "Service Mesh落地之后"),
        En("What did 仪式 talk about?", ["zh-sofa-meetup-10.md"], "周群力", "Service Mesh落地之后"),
        Zh("余淮是谁", ["zh-sofa-channel-1.md"], "章耿", "从蚂蚁金服微服务实践谈起"),
        En("Tell me about 章耿", ["zh-sofa-channel-1.md"], "余淮", "从蚂蚁金服微服务实践谈起"),
        Zh("宋顺讲过哪些分享", ["zh-sofastack-four-years-of-open-source.md", "zh-sofa-anniversary-5.md"], "宋顺四周年致辞", "SOFAStack 的下一个五年"),
        En("Talks by 齐天", ["zh-service-mesh-meetup-8.md"], "宋顺", "服务网格在“路口”的产品思考与实践"),
        Zh("远帆是谁", [Channel36], "唐晓舟", "示例公司网关工程师"),
        En("Who is 唐晓舟?", [Channel36], "远帆", "用 Quokka 做服务网格的流量回放"),
        Zh("毅丝的分享", ["zh-sofa-channel-24.md"], "曾柯", "漫谈 HTTP/3 进化史"),
        En("Who is 白鹰?", ["zh-sofa-anniversary-5.md"], "李宗杰", "Seata发展之路"),

        // Slides of a talk, speaker or event.
        Zh("Layotto 的分享有 PPT 吗", ["zh-sofa-meetup-14.md"], "97aaba22-9d74-4957-9dd3-025fc28d071f"),
        En("Are there slides for the Layotto talk?", ["zh-sofa-meetup-14.md"], "97aaba22-9d74-4957-9dd3-025fc28d071f"),
        Zh("SOFAChannel#24 的 PPT", ["zh-sofa-channel-24.md"], "3c6d7642-16b3-4cc9-8968-5a2ff4ca10ad"),
        En("slides of channel 24", ["zh-sofa-channel-24.md"], "3c6d7642-16b3-4cc9-8968-5a2ff4ca10ad"),
        Zh("曾柯的 PPT", ["zh-sofa-channel-24.md", "zh-sofa-channel-27.md"], "3c6d7642-16b3-4cc9-8968-5a2ff4ca10ad", "f2cbf53d-8093-482a-825f-07ce89effc91"),
        En("Where can I download 毅丝's slides?", ["zh-sofa-channel-24.md", "zh-sofa-channel-27.md"], "3c6d7642-16b3-4cc9-8968-5a2ff4ca10ad", "f2cbf53d-8093-482a-825f-07ce89effc91"),
        Zh("meetup 14 的资料", ["zh-sofa-meetup-14.md"], "c3a8aa31-737b-489f-8a22-f8e643b7d00a", "7d7a7055-99b9-4b1f-aacc-4dbb75cd10f8"),
        En("Decks from meetup 14", ["zh-sofa-meetup-14.md"], "c3a8aa31-737b-489f-8a22-f8e643b7d00a", "7d7a7055-99b9-4b1f-aacc-4dbb75cd10f8"),
        Zh("四周年的 PPT", ["zh-sofastack-four-years-of-open-source.md"], "81df7086-292c-47b1-83e8-e5abb1535d2f", "ee3f90ff-719f-4c27-8560-89d6638298a0"),
        En("SOFARegistry slides", ["zh-sofa-meetup-1.md"], "SOFARegistry -- 蚂蚁金服高性能服务注册中心开源"),

        // Replays.
        Zh("SOFAChannel#35 有回放吗", ["zh-sofa-channel-35.md"], "BV1Uj41117Vz"),
        En("Is there a recording of channel 35?", ["zh-sofa-channel-35.md"], "BV1Uj41117Vz"),
        Zh("HTTP/3 的直播回放", ["zh-sofa-channel-27.md"], "BV1xg411o7Jo"),
        En("I missed the HTTP/3 live stream, is there a recording?", ["zh-sofa-channel-27.md"], "BV1xg411o7Jo"),
        Zh("Dragonfly 那期的视频", ["zh-sofa-channel-29.md"], "b23.tv/3LqLGJo"),
        En("replay of the Nydus live stream", ["zh-sofa-channel-30.md"], "BV1j84y1v7BV"),

        // Where and how to watch or attend.
        Zh("下次直播在哪里看", [Channel36], "https://live.bilibili.com/36036036"),
        En("How can I watch the next live stream?", [Channel36], "https://live.bilibili.com/36036036"),
        Zh("SOFAChannel#36 的直播间", [Channel36], "https://live.bilibili.com/36036036"),
        En("Live room link for channel 36?", [Channel36], "https://live.bilibili.com/36036036"),
        Zh("SOFAMeetup#18 在哪", [Meetup18], "南京市鼓楼区示例路 8 号示例空间 2 楼"),
        En("How do I attend SOFAMeetup#18?", [Meetup18], "南京市鼓楼区示例路 8 号示例空间 2 楼"),
        Zh("SOFAMeetup#8 在哪里举办", ["zh-sofa-meetup-10.md"], "四川省成都市武侯区蚂蚁 C 空间"),
        En("Where was Service Mesh Meetup#9?", ["zh-service-mesh-meetup-9.md"], "杭州西湖区紫霞路西溪谷G座8楼"),

        // How to subscribe (facts are the bot's own commands, not page content).
        Zh("怎么订阅活动提醒", [], "/subscribe", "/tz"),
        En("How do I get reminders?", [], "/subscribe", "/unsubscribe"),

        // Typos and near misses.
        Zh("曾可的分享", ["zh-sofa-channel-24.md"], "曾柯", "漫谈 HTTP/3 进化史"),
        En("Layoto slides", ["zh-sofa-meetup-14.md"], "97aaba22-9d74-4957-9dd3-025fc28d071f"),
        Zh("Seeta 的分享", ["zh-sofa-anniversary-5.md"], "李宗杰"),
        En("Who talked about Dragonfy?", ["zh-sofa-channel-29.md"], "戚文博"),
        Zh("宋舜是谁", ["zh-sofa-anniversary-5.md"], "宋顺", "齐天"),
        En("Who is Yitao Dng?", ["en-sofastack-cloud-native-workshop.md"], "Yitao Dong", "Migrating to cloud based on Serverless"),

        // Agendas, calendars, the latest past events.
        Zh("下次直播讲什么", [Channel36], "用 Quokka 做服务网格的流量回放", "唐晓舟"),
        En("What's on the agenda of the next meetup?", [Meetup18], "用 eBPF 观测微服务的网络延迟", "钱多多"),
        Zh("SOFAChannel#30 的议程", ["zh-sofa-channel-30.md"], "Nydus 开源容器镜像加速服务的演进与未来", "严松"),
        En("Who speaks at the next meetup?", [Meetup18], "钱多多", "孙立"),
        Zh("下周的 meetup 有哪些嘉宾", [Meetup18], "钱多多", "孙立"),
        En("Add the next live stream to my calendar", [Channel36], "SOFAChannel#36"),
        Zh("上一次直播是什么", ["zh-sofa-channel-35.md"], "SOFABoot 4.0"),
        En("What was the last meetup?", ["zh-sofa-meetup-17.md"], "合肥站"),
        Zh("WebAssembly Open Day 有哪些议题", ["zh-sofa-meetup-13.md"], "字节码联盟与 WAMR 开源社区进展介绍"),
        En("Who spoke at the WebAssembly Open Day?", ["zh-sofa-meetup-13.md"], "何良"),
    ];

    private static QuestionCase Zh(string text, string[] pages, params string[] facts) => new("zh", text, pages, facts);

    private static QuestionCase En(string text, string[] pages, params string[] facts) => new("en", text, pages, facts);
}
