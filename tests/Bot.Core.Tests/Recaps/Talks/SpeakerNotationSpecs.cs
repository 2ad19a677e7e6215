using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Tests.Recaps.Talks;

public sealed class SpeakerNotationSpecs
{
    [Theory]
    [InlineData("曾柯（花名：毅丝），蚂蚁集团高级工程师", "曾柯", "毅丝", "蚂蚁集团高级工程师")]
    [InlineData("祝辰（花名忘禅），蚂蚁集团技术专家", "祝辰", "忘禅", "蚂蚁集团技术专家")]
    [InlineData("曾凡松（逐灵），阿里巴巴高级技术专家", "曾凡松", "逐灵", "阿里巴巴高级技术专家")]
    [InlineData("周涛 （广侯），阿里巴巴高级技术专家", "周涛", "广侯", "阿里巴巴高级技术专家")]
    [InlineData("章耿 花名余淮（蚂蚁金服高级技术专家）", "章耿", "余淮", "蚂蚁金服高级技术专家")]
    [InlineData("**胡子杰**（*花名：致节*）", "胡子杰", "致节", null)]
    [InlineData("蚂蚁集团技术专家李旭东（花名：向旭）", "李旭东", "向旭", "蚂蚁集团技术专家")]
    [InlineData("蚂蚁集团技术专家刘晶（花名：飞廉）", "刘晶", "飞廉", "蚂蚁集团技术专家")]
    [InlineData("MOSN 核心成员 朱德江（花名：人德）", "朱德江", "人德", "MOSN 核心成员")]
    [InlineData("Tom Lin（林涛），某科技 工程师", "Tom Lin", "林涛", "某科技 工程师")]
    [InlineData("Tom Lin (林涛) 某科技 工程师", "Tom Lin", "林涛", "某科技 工程师")]
    public void A_nickname_becomes_an_alias_of_the_real_name(string text, string name, string nick, string? affiliation)
    {
        var speaker = SpeakerNotation.Parse(text, nameMayBeLast: true);

        speaker.Should().NotBeNull();
        speaker!.Name.Should().Be(name);
        speaker.Aliases.Should().Equal(nick);
        speaker.Affiliation.Should().Be(affiliation);
    }

    [Theory]
    [InlineData("孙鹏（京东物流）", "孙鹏", "京东物流")]
    [InlineData("黄海（华为云）", "黄海", "华为云")]
    [InlineData("吴静（某证券）", "吴静", "某证券")]
    [InlineData("刘洋 (字节跳动)", "刘洋", "字节跳动")]
    [InlineData("Tom Lin (Example Corp)", "Tom Lin", "Example Corp")]
    [InlineData("朱林 （某某车网）", "朱林", "某某车网")]
    [InlineData("白西安（乐天创研）", "白西安", "乐天创研")]
    public void An_employer_in_brackets_after_the_name_is_the_affiliation_not_a_nickname(string text, string name, string affiliation)
    {
        var speaker = SpeakerNotation.Parse(text);

        speaker.Should().BeEquivalentTo(new { Name = name, Aliases = Array.Empty<string>(), Affiliation = affiliation });
    }

    [Theory]
    [InlineData("觉生 蚂蚁金服 技术专家 / Seata Committer", "觉生")]
    [InlineData("付铖\u00a0酷家乐 容器化负责人", "付铖")]
    [InlineData("玄北，蚂蚁金服技术专家 、SOFAArk 开源负责人。", "玄北")]
    [InlineData("碧远@SOFARPC 开源负责人", "碧远")]
    [InlineData("唐博：蚂蚁集团技术专家", "唐博")]
    [InlineData("吕思泉是思科 Webex 产品线的技术专家", "吕思泉")]
    [InlineData("Till Schneidereit", "Till Schneidereit")]
    public void The_name_is_read_before_the_affiliation_whatever_the_separator(string text, string name)
    {
        SpeakerNotation.Parse(text)!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("蚂蚁金服技术总监 杨冰", "杨冰")]
    [InlineData("蚂蚁金服 SOFA 团队 碧远", "碧远")]
    [InlineData("Seata Committer 绍辉", "绍辉")]
    public void In_agenda_cells_the_name_may_come_last(string text, string name)
    {
        SpeakerNotation.Parse(text, nameMayBeLast: true)!.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("SOFAGirl 主持人")]
    [InlineData("SOFA 社区小助手-泡椒 主持人")]
    [InlineData("蚂蚁集团高级工程师。")]
    [InlineData("Dragonfly Maintainer")]
    [InlineData("基于 P2P 的文件以及镜像加速系统, 负责 Scheduler 子模块")]
    [InlineData("目前，他和他的团队正在积极致力于云计算")]
    [InlineData("")]
    public void Hosts_affiliation_lines_and_prose_are_not_speakers(string text)
    {
        SpeakerNotation.Parse(text).Should().BeNull();
    }

    [Fact]
    public void A_cell_with_several_speakers_gives_each_of_them()
    {
        var speakers = SpeakerNotation.ParseMany("黄挺（鲁直），蚂蚁金服云原生负责人；雷志远（碧远），蚂蚁金服技术专家\n茅舍@Soloπ 核心作者");

        speakers.Select(s => s.Name).Should().Equal("黄挺", "雷志远", "茅舍");
        speakers[1].Aliases.Should().Equal("碧远");
    }
}
