using Bot.Core.Recaps;
using CsCheck;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.Serialization;

namespace Bot.Core.Tests.Recaps;

/// <summary>The flat front-matter reader is a shortcut past YamlDotNet: wherever it answers, it must answer exactly
/// what YamlDotNet's untyped deserializer answers, and it must answer for the front matter real pages write.</summary>
public sealed class FlatFrontMatterSpecs
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    [Fact]
    public void Every_corpus_and_content_front_matter_is_read_flat_and_as_YamlDotNet_reads_it()
    {
        var pages = RepoPaths.CorpusFiles.Select(RepoPaths.CorpusPage)
            .Concat(Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText))
            .Select(FrontMatterOf).OfType<string>().ToList();

        pages.Should().HaveCountGreaterThanOrEqualTo(69);
        foreach (var yaml in pages)
        {
            FlatFrontMatter.TryRead(yaml, out var flat).Should().BeTrue(yaml);
            FrontMatterTree.Render(flat).Should().Be(FrontMatterTree.Render(Yaml.Deserialize<object>(yaml)), yaml);
        }
    }

    [Theory]
    [InlineData("title: 'it''s here'\n", "{title='it's here'}")]
    [InlineData("title: \"a: b # c\"   \ndate:\n", "{title='a: b # c';date=null}")]
    [InlineData("tags: [\"a\", b c,'d' ,~]\nempty: []\n", "{tags=['a','b c','d',null];empty=[]}")]
    [InlineData("# a comment\n\ntitle: Let's say \"hi\"\nx: null\n", "{title='Let's say \"hi\"';x=null}")]
    [InlineData("title: \"🦐 不办 Meetup，开挑战赛！\"\t\n", "{title='🦐 不办 Meetup，开挑战赛！'}")]
    [InlineData("mentors: [https://github.com/a, b:c]\nfiles: []\n", "{mentors=['https://github.com/a','b:c'];files=[]}")] // colons in a flow list
    [InlineData("tags:\n  - a\n  - 'b c'\ntitle: t\n", "{tags=['a','b c'];title='t'}")] // a block list
    [InlineData("tags:  \n- a, b\n-   \"c\"\nx:\n", "{tags=['a, b','c'];x=null}")]
    [InlineData("links:\n- icon: twitter\n  name: Follow\n  url: https://x.org/a\n- x\n-  y\n- name: 'b: c'\nprojects:\n  - p\n",
        "{links=[{icon='twitter';name='Follow';url='https://x.org/a'},'x','y',{name='b: c'}];projects=['p']}")] // a list of maps
    [InlineData("author:\n  name: \"A B\"\n  报名: https://x.cn/e?id=1\n  zip: ''\n  tags: [a]\n  none:\ndate: 1\n",
        "{author={name='A B';报名='https://x.cn/e?id=1';zip='';tags=['a'];none=null};date='1'}")] // a map one level down
    [InlineData("description: >\n  Summit, hosted in Chicago.\n  Next line\n\n  para: two #3\n\ntitle: t\n",
        "{description='Summit, hosted in Chicago. Next line\npara: two #3\n';title='t'}")] // a folded block scalar
    [InlineData("d: |\n   a\n   # b\n\n\n   c\n# end\n", "{d='a\n# b\n\n\nc\n'}")]
    public void Flat_pages_are_read_to_the_same_tree_as_YamlDotNet(string yaml, string expected)
    {
        FlatFrontMatter.TryRead(yaml, out var flat).Should().BeTrue();

        FrontMatterTree.Render(flat).Should().Be(expected);
        FrontMatterTree.Render(Yaml.Deserialize<object>(yaml)).Should().Be(expected);
    }

    [Theory]
    [InlineData("title: \"a\\\"b\"\n")] // an escape
    [InlineData("tags:\n  - a\n - b\n")] // a block list whose indentation changes
    [InlineData("tags: x\n- a\n")]
    [InlineData("tags:\n\n- a\n")]
    [InlineData("tags:\n# note\n- a\n")]
    [InlineData("- a\n")]
    [InlineData("tags:\n- a\n  b\n")]
    [InlineData("tags:\n- [a]\n")]
    [InlineData("links:\n- a:\n  b: c\n")] // an item map's empty first value
    [InlineData("links:\n-  a: b\n   c: d\n")]
    [InlineData("links:\n- a: b\n   c: d\n")] // an item map whose indentation changes
    [InlineData("links:\n- a: b\n  a: c\n")]
    [InlineData("links:\n- a: b\nc: d\n  e: f\n")]
    [InlineData("links:\n- a: b\n  c:\n    d: e\n")]
    [InlineData("tags:\n-\n")]
    [InlineData("tags:\n- - a\n")]
    [InlineData("author:\n  name: a\n   city: b\n")] // a map whose indentation changes
    [InlineData("author:\n  name:\n    first: a\n")]
    [InlineData("author:\n  name:\n  - a\n")]
    [InlineData("author:\n  name: a\n  name: b\n")]
    [InlineData("author:\n  - a\n  name: b\n")]
    [InlineData("author: x\n  name: a\n")]
    [InlineData("author:\n\n  name: a\n")]
    [InlineData("d: >-\n  a\n")] // block scalar indicators
    [InlineData("d: |2\n  a\n")]
    [InlineData("d: >\n\n  a\n")]
    [InlineData("d: >\n  a\n    b\n")]
    [InlineData("d: >\n  a \n")]
    [InlineData("d: >\n  a\n  \n  b\n")]
    [InlineData("d: >\nx: 1\n")]
    [InlineData("a:\n  d: >\n    x\n")]
    [InlineData("title: a # comment\n")]
    [InlineData("title: &t a\n")]
    [InlineData("title: !!str a\n")]
    [InlineData("title: \"one\n  two\"\n")] // a quoted scalar over two lines
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("tags: [a, ]\n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a:, b]\n")]
    [InlineData("tags: [a: b]\n")]
    [InlineData("title:\t\"a\"\n")]
    [InlineData("\u00A0\ntitle: a\n")]
    [InlineData("date:\n\t\n")] // YamlDotNet refuses the tab; found by the generated comparison below
    [InlineData("title: a\u2028b\n")]
    [InlineData("meta: {a: b}\n")]
    [InlineData("# only a comment\n")]
    [InlineData("title: a: b\n")]
    public void Anything_beyond_flat_key_value_lines_is_left_to_YamlDotNet(string yaml) =>
        FlatFrontMatter.TryRead(yaml, out _).Should().BeFalse();

    [Fact]
    public void Generated_front_matter_read_flat_always_matches_YamlDotNet()
    {
        string[] keys = ["title", "date", "tags", "a-b", "x_1", "1", "null", " title", "-t", "ti tle", "t#", "Title", "报名", "云-1", "a：b"];
        string[] pieces = ["a", "云", " ", "  ", ":", ": ", "#", " #", "\"", "'", "''", "\\", ",", "[", "]", "{", "}", "-", "?", "!", "&", "*", "|",
            ">", "%", "@", "`", "~", "null", "\t", "\u00A0", "\u00A0\n", "\u200B", "\u2028", "\u0085", "：", "🦐", "\uD83E", "2019-06-04T10:20:00.000Z"];
        // Mostly ordinary text, so that a good share of the pages is flat and the comparison has something to compare.
        var text = Gen.Frequency((6, Gen.OneOf("a", "云", " ", "Cloud Native")), (1, Gen.OneOf(pieces))).Array[0, 6].Select(p => string.Concat(p));
        var value = Gen.OneOf(
            Gen.OneOf("~", "null", "Null", "NULL", "", "[]", "true", "12", "'~'"),
            text,
            text.Select(t => $"\"{t}\""),
            text.Select(t => $"'{t}'"),
            Gen.OneOf(text, text.Select(t => $"\"{t}\""), text.Select(t => $"'{t}'")).Array[0, 3].Select(items => $"[{string.Join(", ", items)}]"));
        var nestedKey = Gen.Frequency((3, Gen.OneOf("name", "city", "报名", "zip-1")), (1, Gen.OneOf(keys)));
        var line = Gen.Frequency(
            (12, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf(": ", ": ", ":", ":  ", " :"), value, Gen.OneOf("", "", " ", "\t", " \t"),
                (k, sep, v, end) => k + sep + v + end)),
            // A block list: a key with nothing after it, then items (mostly at one indentation).
            (12, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf(":", ":", ": ", ":\t"), Gen.OneOf("- ", "  - ", "-  "),
                Gen.Frequency((8, Gen.Const("")), (1, Gen.OneOf(" ", "\t", "-", "  -"))).Select(value).Array[1, 3],
                (k, sep, dash, items) => k + sep + string.Concat(items.Select(i => "\n" + (i.Item1.Length == 0 ? dash : i.Item1 + " ") + i.Item2)))),
            // A map one level down: a key with nothing after it, then `key: value` lines (mostly at one indentation).
            (8, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf("  ", "    ", " "),
                Gen.Select(Gen.Frequency((8, Gen.Const("")), (1, Gen.OneOf(" ", "\t", "  - "))), nestedKey, Gen.OneOf(": ", ":", ":  "), value).Array[1, 3],
                (k, indent, entries) => k + ":" + string.Concat(entries.Select(e => "\n" + indent + e.Item1 + e.Item2 + e.Item3 + e.Item4)))),
            // A block scalar: `>` or `|`, then lines at one indentation (mostly), blank lines among them.
            (16, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf(": >", ": |", ": >", ": |", ": >-", ": |+", ":  > "), Gen.OneOf(" ", "  ", "   "),
                Gen.Frequency((8, text.Select(t => "+" + t)), (2, Gen.Const("")), (1, Gen.OneOf(" ", "    x", "#c", "- a", "x: y"))).Array[1, 4],
                (k, opener, indent, lines) => k + opener + string.Concat(lines.Select(l => "\n" + (l.StartsWith('+') ? indent + l[1..] : l))))),
            // A block list of maps: `- key: value`, then the item's other keys two columns in (mostly).
            (14, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf("", "  ", " "),
                Gen.Select(Gen.Frequency((8, Gen.Const("")), (1, Gen.OneOf(" ", "  - ", "-"))), nestedKey, Gen.OneOf(": ", ":", ":  "), value).Array[1, 3].Array[1, 3],
                (k, indent, items) => k + ":" + string.Concat(items.Select(entries =>
                    string.Concat(entries.Select((e, i) => "\n" + indent + (i == 0 ? "- " : "  ") + e.Item1 + e.Item2 + e.Item3 + e.Item4)))))),
            (1, (IGen<string>)Gen.Select(Gen.OneOf("- ", "  - ", "-", "  a: b"), value, (dash, v) => dash + v)),
            (1, (IGen<string>)Gen.OneOf("", " ", "\t", " \t", "# note", "#\tnote", "  indented: x", "- item", "---")));
        int flat = 0, declined = 0, blockLists = 0, nestedMaps = 0, blockScalars = 0, listsOfMaps = 0;

        line.Array[1, 6].Select(lines => string.Join('\n', lines) + "\n").Sample(yaml =>
        {
            if (!FlatFrontMatter.TryRead(yaml, out var map))
            {
                Interlocked.Increment(ref declined);
                return;
            }

            Interlocked.Increment(ref flat);
            if (yaml.Split('\n').Any(l => l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref blockLists);
            }

            if (map.Values.Any(v => v is IDictionary<object, object?>))
            {
                Interlocked.Increment(ref nestedMaps);
            }

            if (map.Values.Any(v => v is List<object?> items && items.Any(i => i is IDictionary<object, object?>)))
            {
                Interlocked.Increment(ref listsOfMaps);
            }

            if (map.Values.Any(v => v is string s && s.EndsWith('\n')))
            {
                Interlocked.Increment(ref blockScalars);
            }

            FrontMatterTree.Render(map).Should().Be(FrontMatterTree.Render(Yaml.Deserialize<object>(yaml)), yaml);
        }, iter: 130_000);

        // Both branches must be exercised, or the comparison proves nothing.
        flat.Should().BeGreaterThan(2_500);
        declined.Should().BeGreaterThan(2_500);
        blockLists.Should().BeGreaterThan(400);
        nestedMaps.Should().BeGreaterThan(400);
        blockScalars.Should().BeGreaterThan(400);
        listsOfMaps.Should().BeGreaterThan(300);
    }

    private static string? FrontMatterOf(string page) =>
        Markdown.Parse(page, RecapMarkdown.Pipeline) is { Count: > 0 } document && document[0] is YamlFrontMatterBlock block
            ? block.Lines.ToString()
            : null;
}
