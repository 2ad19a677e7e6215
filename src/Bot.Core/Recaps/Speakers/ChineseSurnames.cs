namespace Bot.Core.Recaps.Speakers;

/// <summary>The common single-character Chinese surnames (the most frequent ones cover nearly everyone), to tell a
/// person from a company when a speaker line writes two bare Chinese words: <c>某某科技 唐某</c>.</summary>
internal static class ChineseSurnames
{
    private const string Common =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范" +
        "金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫严段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜" +
        "倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲" +
        "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商" +
        "刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    // `陳某` is 陈某 written in traditional characters.
    public static bool StartsWithOne(string token) => token.Length > 0 && Common.Contains(Text.HanVariants.Simplify(token[0]), StringComparison.Ordinal);
}
