using System.Text;
using Bot.Core.Recaps;
using CsCheck;

namespace Bot.Core.Tests.Recaps;

/// <summary>Mutates corpus-like pages (fixtures written here, plus the corpus pages when present) and checks
/// that the parser always answers with a sane result and never throws.</summary>
public sealed class ParserFuzzSpecs
{
    private static readonly string[] Fixtures =
    [
        "---\ntitle: \"SOFAChannel#40：示例\"\ndate: 2021-05-12T15:00:00+08:00\ncategories: \"SOFAChannel\"\ndescription: \"5 月 20 日周四晚 7 点。\"\n---\n\n## 概要\n\n- 活动主题：SOFAChannel#40：示例\n- 活动时间：5 月 20 日周四晚 7 点\n- 活动形式：线上直播\n- B 站直播间地址：[http://live.bilibili.com/1](http://live.bilibili.com/1)\n\n## 议程\n\n### 19:00-20:00 示例\n\n张三 某公司 工程师\n",
        "---\ntitle: \"SOFA Meetup#9 示例站\"\ndate: 2019-12-11T16:00:00+08:00\n---\n\n## 概要\n\n- 活动时间：时间：2019 年 12 月 28 日（周六）13:00-17:30\n- 活动地点：某市某路\n- 活动形式：线下活动\n\n| 时间 | 环节 | 分享嘉宾 |\n|---|---|---|\n| 13:00-13:30 | 签到 | |\n| 13:30-14:10 | 《题目》 | 李四（花名：某某）；王五 |\n",
        "---\ntitle: \"社区周年\"\ndate: 2027-04-20T15:00:00+08:00\n---\n\n2027 年 4 月 24 日，社区办了生日会。\n\n### 一个议题\n\n赵六，某公司工程师\n\n**议题简介**\n\n介绍。\n\n---\n\n```\ncode\n```\n",
        "---\ntitle: \"<SOFA:DemoLab/>\"\ncategories: [\"SOFALab\"]\n---\n\n## 认领列表\n\n- [ ] 第一篇\n",
        "# Upcoming Meeting\n\n<table>\n <tr>\n  <th>When</th>\n  <td>Monday, October 12, 2026 6:30 PM</td>\n </tr>\n <tr><th>Where</th><td>Room #15 <a href=\"https://example.org/map\">map <b>here</b></a> <a href='x'>unclosed</td></tr>\n <tr><td>19:00<td>Talk<td>Jane Doe\n</table>\n",
        "Title: March Talks\nDate: 2030-03-27T18:30:00-07:00\n\n<p>6:30 - Mingling<br/>* Calling C - Jane Doe<br>{{< event_start >}}<a href=\"https://example.org/a\">open <a href='x'>unclosed</p> <h2>Agenda</h2><ul><li>One<li>Two &amp;</ul>\n<div><p>Where:</p><p>Room 2</div>\n",
        "- 活动主题：无前言\n- 活动时间：2022 年 04 月 01 日（周五）09:30-12:00\n- 活动形式：线上直播\n- 资料下载：<br/>\n\n[《甲》](https://a/x(1).pdf)<br/>\n\n## 直播回放\n\n[待直播后更新](https://b)\n",
    ];

    private static readonly string[] StructuredFixtures =
    [
        "+++\ntitle = \"Program\"\nprogram_elements = [\n  { title = \"Talk\", type = \"talk\", start = 2030-02-21T09:00:00+01:00, end = 2030-02-21T10:00:00+01:00 },\n]\n+++\n\nBody.\n",
        "---\ntitle: \"示例直播\"\nstart: 2030-12-10T19:00:00+08:00\nend: 2030-12-10T20:30:00+08:00\ntimezone: Asia/Shanghai\nonline: true\nlive: https://example.org/live\ntalks:\n  - title: 议题\n    speakers:\n      - name: 黄挺\n        alias: 鲁直\n---\n\n正文。\n",
        "---\ntitle: 示例沙龙\nstart: 2030-4-20 14:00:00\nlinks:\n  报名: https://example.org/a\n---\n\n#### 时间：2030 年 4 月 20 日 14:00\n\n### 一个议题\n\n#### 分享嘉宾\n\n张三 / 某公司\n\n- [题目，李四（某司）](https://example.org/v)\n- [题目二 - 王五](https://example.org/w)\n",
    ];

    private static readonly char[] Noise = ['\u00A0', '\u200B', '\uFEFF', '：', '，', '（', '）', '《', '》', '「', '」', '\t', '\r', '\n', '#', '*', '>', '-', '[', ']', '(', ')', '|', '`', '<', '\\'];

    private static readonly Lazy<string[]> Bases = new(() =>
    {
        // Every community's pages (SOFAStack and the ten others): their TOML and YAML front matters, tables, shortcodes
        // and prose are the new shapes the parser must stay total on.
        var root = RepoPaths.Root;
        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        var pages = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText) : [];
        // The probe pages: shapes no corpus community writes (ISO times with offsets in prose, English day ranges,
        // timed bullet agendas, bare URLs after labels).
        var probes = Directory.GetFiles(Path.Combine(root, "tests", "Bot.Core.Tests", "Recaps", "Probe"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        return [.. Fixtures, .. StructuredFixtures, .. pages, .. probes];
    });

    [Fact]
    public void Mutated_pages_never_throw_and_give_sane_results() =>
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 9].Array[1, 4], Gen.Int)
            .Sample((pick, mutations, seed) =>
            {
                var bases = Bases.Value;
                var rng = new Random(seed);
                // Most runs mutate the head of a page (front matter and 概要, where the parser decides the most),
                // which also keeps 10,000 runs quick on a shared two-core machine.
                var page = bases[pick % bases.Length];
                var start = rng.Next(4) == 0 ? page : page[..Math.Min(page.Length, 1_600)];
                var text = mutations.Aggregate(start, (s, m) => Mutate(s, m, rng));

                var result = RecapParser.Parse(text, "fuzz.md");

                AssertSane(result, text);
            }, iter: 10_000);

    private static void AssertSane(RecapPage page, string text)
    {
        page.Source.Should().Be("fuzz.md");
        // CommonMark ends a line at \n, \r\n or a lone \r.
        var lines = text.Count(c => c == '\n') + text.Where((c, i) => c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')).Count() + 2;
        page.Diagnostics.Should().OnlyContain(d => d.File == "fuzz.md" && d.Line >= 1 && d.Line <= lines);
        page.Diagnostics.Should().NotContain(d => d.Code == "parser-failure" || d.Code == "talks-failure",
            string.Join("; ", page.Diagnostics));
        if (page.Event is { } e)
        {
            page.Kind.Should().Be(PageKind.Event);
            e.Id.Should().NotBeNullOrWhiteSpace();
            e.TimeZoneId.Should().NotBeNullOrWhiteSpace();
            if (e is { Start: { } start, End: { } end })
            {
                end.Should().BeAfter(start);
            }
        }
        else
        {
            page.Kind.Should().NotBe(PageKind.Event);
        }
    }

    private static string Mutate(string s, int mutation, Random rng)
    {
        var at = s.Length == 0 ? 0 : rng.Next(s.Length);
        switch (mutation)
        {
            case 0: // flips
                var chars = s.ToCharArray();
                for (var i = 0; i < Math.Min(20, chars.Length); i++)
                {
                    chars[rng.Next(chars.Length)] = rng.Next(3) == 0 ? (char)rng.Next(0, 0x10000) : Noise[rng.Next(Noise.Length)];
                }

                return new string(chars);
            case 1: // truncation
                return s[..at];
            case 2: // duplication of a slice
                var length = Math.Min(rng.Next(1, 2000), s.Length - at);
                return s.Insert(rng.Next(s.Length + 1), s.Substring(at, length));
            case 3: // odd Unicode and full-width punctuation
                var sb = new StringBuilder(s);
                for (var i = 0; i < 30; i++)
                {
                    sb.Insert(rng.Next(sb.Length + 1), Noise[rng.Next(9)]);
                }

                return sb.ToString();
            case 4: // unterminated front matter
                var second = s.Length < 4 ? -1 : s.IndexOf("\n---", 3, StringComparison.Ordinal);
                return second < 0 ? "---\n" + s : s.Remove(second, 4);
            case 5: // broken YAML
                string[] junk = [": [", "{{", "&a *b", "\t- -", "'", "\"", "? ", "!!binary x", "date: 2019-13-45"];
                var end = s.Length < 4 ? -1 : s.IndexOf("\n---", 3, StringComparison.Ordinal);
                return s.Insert(end > 0 ? rng.Next(4, end + 1) : 0, junk[rng.Next(junk.Length)]);
            case 6: // deep nesting
                var depth = rng.Next(1, 400);
                var unit = rng.Next(3) switch { 0 => "> ", 1 => "  - ", _ => "[" };
                return s.Insert(LineStart(s, at), string.Concat(Enumerable.Repeat(unit, depth)));
            case 7: // binary junk
                var junkChars = new char[rng.Next(1, 2000)];
                for (var i = 0; i < junkChars.Length; i++)
                {
                    junkChars[i] = (char)rng.Next(0, 0x10000);
                }

                return s.Insert(at, new string(junkChars));
            case 8: // CRLF line endings
                return s.Replace("\n", "\r\n", StringComparison.Ordinal);
            default: // a line moved elsewhere
                var from = LineStart(s, at);
                var to = s.IndexOf('\n', from);
                var line = to < 0 ? s[from..] : s[from..(to + 1)];
                var rest = s.Remove(from, line.Length);
                return rest.Insert(LineStart(rest, rest.Length == 0 ? 0 : rng.Next(rest.Length)), line);
        }
    }

    private static int LineStart(string s, int at)
    {
        var nl = at <= 0 ? -1 : s.LastIndexOf('\n', Math.Min(at, s.Length) - 1);
        return nl + 1;
    }
}
