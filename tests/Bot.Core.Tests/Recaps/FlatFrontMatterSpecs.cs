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
            Render(flat).Should().Be(Render(Yaml.Deserialize<object>(yaml)), yaml);
        }
    }

    [Theory]
    [InlineData("title: 'it''s here'\n", "{title='it's here'}")]
    [InlineData("title: \"a: b # c\"   \ndate:\n", "{title='a: b # c';date=null}")]
    [InlineData("tags: [\"a\", b c,'d' ,~]\nempty: []\n", "{tags=['a','b c','d',null];empty=[]}")]
    [InlineData("# a comment\n\ntitle: Let's say \"hi\"\nx: null\n", "{title='Let's say \"hi\"';x=null}")]
    [InlineData("title: \"🦐 不办 Meetup，开挑战赛！\"\t\n", "{title='🦐 不办 Meetup，开挑战赛！'}")]
    public void Flat_pages_are_read_to_the_same_tree_as_YamlDotNet(string yaml, string expected)
    {
        FlatFrontMatter.TryRead(yaml, out var flat).Should().BeTrue();

        Render(flat).Should().Be(expected);
        Render(Yaml.Deserialize<object>(yaml)).Should().Be(expected);
    }

    [Theory]
    [InlineData("title: \"a\\\"b\"\n")] // an escape
    [InlineData("tags:\n  - a\n")] // a block list
    [InlineData("tags:\n- a\n")]
    [InlineData("title: a # comment\n")]
    [InlineData("title: &t a\n")]
    [InlineData("title: !!str a\n")]
    [InlineData("title: \"one\n  two\"\n")] // a quoted scalar over two lines
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("tags: [a, ]\n")]
    [InlineData("tags: [a, [b]]\n")]
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
        string[] keys = ["title", "date", "tags", "a-b", "x_1", "1", "null", " title", "-t", "ti tle", "t#", "Title"];
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
        var line = Gen.Frequency(
            (12, (IGen<string>)Gen.Select(Gen.OneOf(keys), Gen.OneOf(": ", ": ", ":", ":  ", " :"), value, Gen.OneOf("", "", " ", "\t", " \t"),
                (k, sep, v, end) => k + sep + v + end)),
            (1, (IGen<string>)Gen.OneOf("", " ", "\t", " \t", "# note", "#\tnote", "  indented: x", "- item", "---")));
        int flat = 0, declined = 0;

        line.Array[1, 6].Select(lines => string.Join('\n', lines) + "\n").Sample(yaml =>
        {
            if (!FlatFrontMatter.TryRead(yaml, out var map))
            {
                Interlocked.Increment(ref declined);
                return;
            }

            Interlocked.Increment(ref flat);
            Render(map).Should().Be(Render(Yaml.Deserialize<object>(yaml)), yaml);
        }, iter: 50_000);

        // Both branches must be exercised, or the comparison proves nothing.
        flat.Should().BeGreaterThan(2_500);
        declined.Should().BeGreaterThan(2_500);
    }

    private static string? FrontMatterOf(string page) =>
        Markdown.Parse(page, RecapMarkdown.Pipeline) is { Count: > 0 } document && document[0] is YamlFrontMatterBlock block
            ? block.Lines.ToString()
            : null;

    private static string Render(object? node) => node switch
    {
        null => "null",
        string s => $"'{s}'",
        IDictionary<object, object?> map => "{" + string.Join(';', map.Select(p => $"{Render(p.Key)[1..^1]}={Render(p.Value)}")) + "}",
        IEnumerable<object?> list => "[" + string.Join(',', list.Select(Render)) + "]",
        _ => $"<{node.GetType().Name}:{node}>",
    };
}
