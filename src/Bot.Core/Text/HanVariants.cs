using System.Buffers;
using System.Collections.Frozen;

namespace Bot.Core.Text;

/// <summary>Traditional Chinese characters of the words event pages use for their labels, times and people
/// (<c>時間</c>, <c>地點</c>, <c>主講者</c>, <c>下午 2 時</c>, <c>陳</c>), with their simplified forms: keys and scanned
/// text fold them, so a page from Hong Kong, Macau or Taiwan is read with the same word lists. Displayed text keeps
/// what the page wrote.</summary>
internal static class HanVariants
{
    // Two strings of the same length, sorted by the traditional form: the character at each index maps to the other's.
    private const string Traditional =
        "來個們備傳內則劉動務區協參吳員問喬單嘗嚴圍園圓圖團報場壇婁孫學實寧寫專導屆層師庫廈廠廣廳張後從態應戶擊據數時書會東棟楊構" +
        "樂樓機檔歐歡滬滿漢濟灣為狀獎獨現產發盧眾碩碼禮稱竇節範簡紀約級紹組結絡統經網線縣總繆織繞羅聯聲聶聽腦臺與舉舊莊華萬葉蓋蔣" +
        "蕭藍蘇蘭處號術衛見視觀訊許註詢試語說課調談請論講謝識譚譯議讀變讓費賀資賈賓贊趙車軌軟載輪輯辦辯這連週進運過遠還邊鄉鄒鄔鄧" +
        "鄭錄錢鎮鏈鐘鐵長門閆閉開間閔關陳陸陽隊際雙雲電韋韓頁順頻題顏類顧顯館饒馬馮駱驗驛體魯鮑黃點龍龐龔";

    private const string Simplified =
        "来个们备传内则刘动务区协参吴员问乔单尝严围园圆图团报场坛娄孙学实宁写专导届层师库厦厂广厅张后从态应户击据数时书会东栋杨构" +
        "乐楼机档欧欢沪满汉济湾为状奖独现产发卢众硕码礼称窦节范简纪约级绍组结络统经网线县总缪织绕罗联声聂听脑台与举旧庄华万叶盖蒋" +
        "萧蓝苏兰处号术卫见视观讯许注询试语说课调谈请论讲谢识谭译议读变让费贺资贾宾赞赵车轨软载轮辑办辩这连周进运过远还边乡邹邬邓" +
        "郑录钱镇链钟铁长门闫闭开间闵关陈陆阳队际双云电韦韩页顺频题颜类顾显馆饶马冯骆验驿体鲁鲍黄点龙庞龚";

    private static readonly FrozenDictionary<char, char> ToSimplified =
        Traditional.Select((c, i) => KeyValuePair.Create(c, Simplified[i])).ToFrozenDictionary();

    /// <summary>The characters <see cref="Simplify"/> changes, for one vectorised test of a whole text.</summary>
    public static readonly SearchValues<char> Folded = SearchValues.Create(Traditional);

    /// <summary>The simplified form of a traditional character on the list; any other character as it is.</summary>
    public static char Simplify(char c) => c >= '\u4E00' && ToSimplified.TryGetValue(c, out var simple) ? simple : c;

    // Each simplified character's traditional forms (发: 發 and 髮), for the word lists searched in the text as written.
    private static readonly FrozenDictionary<char, char[]> ToTraditional =
        Traditional.Select((c, i) => (Traditional: c, Simplified: Simplified[i])).Where(p => p.Traditional != p.Simplified)
            .GroupBy(p => p.Simplified).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Traditional).ToArray());

    /// <summary>The letters with the traditional forms of each (<c>题</c>: <c>题題</c>), for the prefilters that test a text
    /// for the first letters of its words before reading them.</summary>
    public static string WithTraditionalLetters(string letters) =>
        letters + string.Concat(letters.Where(ToTraditional.ContainsKey).SelectMany(c => ToTraditional[c]));

    /// <summary>The word as a page in traditional characters may write it (<c>直播链接</c>: <c>直播連結</c> is another word,
    /// <c>直播鏈接</c> this one), one form per combination of the traditional forms of its characters, at most
    /// <paramref name="limit"/>; none when the word has no character on the list.</summary>
    public static IEnumerable<string> TraditionalForms(string word, int limit = 8)
    {
        List<string> forms = [word];
        foreach (var (i, c) in word.Index())
        {
            if (!ToTraditional.TryGetValue(c, out var traditional))
            {
                continue;
            }

            var count = forms.Count;
            for (var f = 0; f < count && forms.Count < limit + 1; f++)
            {
                foreach (var t in traditional)
                {
                    var chars = forms[f].ToCharArray();
                    chars[i] = t;
                    forms.Add(new string(chars));
                }
            }
        }

        return forms.Skip(1).Take(limit);
    }

    /// <summary>The text with each traditional character on the list simplified; the same string when it holds none.</summary>
    public static string Simplify(string text) =>
        !text.AsSpan().ContainsAny(Folded) ? text : string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = Simplify(t[i]);
            }
        });
}
