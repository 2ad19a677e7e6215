using Bot.Core.Recaps.Structured;
using Bot.Core.Tests.Recaps;
using CsCheck;
using Tomlyn;

namespace Bot.Core.Tests.Recaps.Structured;

/// <summary>The flat TOML reader is a shortcut past Tomlyn: wherever it answers, it must answer exactly the tree
/// <see cref="TomlFrontMatter"/> maps from Tomlyn's model, and it must answer for the TOML front matter real pages write.</summary>
public sealed class FlatTomlFrontMatterSpecs
{
    [Fact]
    public void Every_corpus_and_content_toml_front_matter_is_read_flat_and_as_Tomlyn_reads_it()
    {
        var blocks = RepoPaths.CorpusFiles.Select(RepoPaths.CorpusPage)
            .Concat(RepoPaths.OtherCommunityPages.Select(File.ReadAllText))
            .Concat(Directory.GetFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText))
            .Select(page => TomlFrontMatter.TrySplit(page, out var toml, out _) ? toml : null).OfType<string>().ToList();

        blocks.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var toml in blocks)
        {
            FlatTomlFrontMatter.TryRead(toml, out var flat).Should().BeTrue(toml);
            FrontMatterTree.Render(flat).Should().Be(FrontMatterTree.Render(TomlFrontMatter.ReadWithTomlyn(toml)), toml);
        }
    }

    [Theory]
    [InlineData("title = \"Program\"\ntype = 'new-program'\n", "{title='Program';type='new-program'}")]
    [InlineData("s = \"a\\tb \\\"q\\\" \\\\ \\u00e9\\U0001F600 #x\\b\\f\\r\\n\"\n", "{s='a\tb \"q\" \\ é😀 #x\b\f\r\n'}")] // escapes, `#` inside
    [InlineData("# head\n\n  \"quoted key\" = 'c:\\path # no comment' # comment\n'lit key' = \"\"\n\"a\\tb\" = \"\\u0000\"\n",
        "{quoted key='c:\\path # no comment';lit key='';a\tb='\0'}")]
    [InlineData("a = -1_000\nb = +5\nc = -0\nd = 1.5\ne = 1e-7\nf = -0.0\ng = 6.02E+23\nh = 0\ni = 1_0.0_1\nj = 9223372036854775807\n",
        "{a='-1000';b='5';c='0';d='1.5';e='1E-07';f='-0';g='6.02E+23';h='0';i='10.01';j='9223372036854775807'}")]
    [InlineData("t = true\nf = false # no\n", "{t='true';f='false'}")]
    [InlineData("a = 2019-02-21T08:00:00-06:00\nb = 2019-02-21T08:00:00.123Z\nc = 1979-05-27T00:32:00.9999999\nd = 2020-02-29\n"
        + "e = 07:32:00.5\nf = 2019-02-21T08:00:00+14:00\ng = 2019-02-21T08:00:00.10Z\n",
        "{a='2019-02-21T08:00:00-06:00';b='2019-02-21T08:00:00.123Z';c='1979-05-27T00:32:00.9999999';d='2020-02-29';"
        + "e='07:32:00.5';f='2019-02-21T08:00:00+14:00';g='2019-02-21T08:00:00.10Z'}")]
    [InlineData("a = [ 1, [2, 'x', []], { y = true, z = [] }, ]\nb = [\n  \"x\", # note\n\n  \"y\"\n  ,\"z\"]\nc = []\nd = {}\n",
        "{a=['1',['2','x',[]],{y='true';z=[]}];b=['x','y','z'];c=[];d={}}")] // nested arrays, inline tables in arrays
    [InlineData("program = [\n    { title = \"Lunch\", type = \"custom\", start = 2019-02-21T13:00:00-06:00, \"end\" = 2019-02-21T14:30:00-06:00 },\n]\n",
        "{program=[{title='Lunch';type='custom';start='2019-02-21T13:00:00-06:00';end='2019-02-21T14:30:00-06:00'}]}")]
    [InlineData("a = 1\r\nb = [\r\n 2,\r\n]\r\n# end", "{a='1';b=['2']}")]
    [InlineData("", "{}")]
    public void Flat_toml_is_read_to_the_same_tree_as_Tomlyn(string toml, string expected)
    {
        FlatTomlFrontMatter.TryRead(toml, out var flat).Should().BeTrue();

        FrontMatterTree.Render(flat).Should().Be(expected);
        FrontMatterTree.Render(TomlFrontMatter.ReadWithTomlyn(toml)).Should().Be(expected);
    }

    [Theory]
    [InlineData("[params]\nx = 1\n")] // table headers
    [InlineData("x = 1\n[[items]]\ny = 1\n")]
    [InlineData("a.b = 1\n")] // a dotted key
    [InlineData("t = { a.b = 1 }\n")]
    [InlineData("s = \"\"\"\nx\"\"\"\n")] // multi-line strings
    [InlineData("s = '''x'''\n")]
    [InlineData("s = \"a\\\n b\"\n")]
    [InlineData("s = \"\\e\"\n")] // TOML 1.1's escapes
    [InlineData("s = \"\\x41\"\n")]
    [InlineData("s = \"\\uD800\"\n")]
    [InlineData("s = \"a\nb\"\n")]
    [InlineData("s = 'a\nb'\n")]
    [InlineData("n = 0x1F\n")] // other number spellings
    [InlineData("n = inf\n")]
    [InlineData("n = 01\n")]
    [InlineData("n = 1__0\n")]
    [InlineData("n = 1_\n")]
    [InlineData("n = 1.\n")]
    [InlineData("n = 9223372036854775808\n")]
    [InlineData("n = 1e400\n")]
    [InlineData("d = 1979-05-27 07:32:00Z\n")] // date-times Tomlyn spells otherwise
    [InlineData("d = 1979-05-27t07:32:00z\n")]
    [InlineData("d = 07:32\n")]
    [InlineData("d = 2019-02-21T08:00:00-00:00\n")]
    [InlineData("d = 2019-02-21T08:00:00.12345678Z\n")]
    [InlineData("d = 2019-02-30\n")] // dates that are none
    [InlineData("d = 24:00:00\n")]
    [InlineData("d = 2019-02-21T08:00:00+14:30\n")]
    [InlineData("a = 1\na = 2\n")] // duplicate keys
    [InlineData("t = {a = 1, a = 2}\n")]
    [InlineData("t = {a = 1,}\n")] // TOML 1.1's inline tables
    [InlineData("t = {a = 1,\n b = 2}\n")]
    [InlineData("a = 1 b = 2\n")] // malformed lines
    [InlineData("a = \n")]
    [InlineData("a = \"x\" junk\n")]
    [InlineData("a = [1,,2]\n")]
    [InlineData("a = [1\n")]
    [InlineData("\"\" = 1\n")]
    [InlineData("a = True\n")]
    [InlineData("报名 = 1\n")]
    [InlineData("a = 1\rb = 2\n")] // a lone carriage return
    [InlineData("a = \"\u0085\"\n")]
    [InlineData("a = [[[[[[[[[[1]]]]]]]]]]\n")] // deeper than the reader goes
    public void Anything_beyond_flat_toml_is_left_to_Tomlyn(string toml) =>
        FlatTomlFrontMatter.TryRead(toml, out _).Should().BeFalse();

    [Fact]
    public void Broken_toml_is_still_reported_by_Tomlyn() =>
        FluentActions.Invoking(() => TomlFrontMatter.Read("title = \"a\"\ndate = \n")).Should().Throw<TomlException>();

    [Fact]
    public void Generated_toml_read_flat_always_matches_Tomlyn()
    {
        string[] oddPieces = ["#", "\"", "'", "\\", "\\t", "\\u00e9", "\\U0001F600", "\\e", "\\x41", "\\u0000", "\\uD800", "\\", ",", "[", "]",
            "{", "}", "=", ".", "\t", "🦐", "\r", "\n", "\u0085", "''", "\"\""];
        var text = Gen.Frequency((6, Gen.OneOf("a", "云", " ", "Cloud Native", "#1")), (1, Gen.OneOf(oddPieces))).Array[0, 5]
            .Select(p => string.Concat(p));
        var number = Gen.Select(Gen.OneOf("", "-", "+"), Gen.OneOf("0", "1", "12", "1_2", "0_1", "00", "1__2", "9223372036854775808"),
            Gen.OneOf("", "", "", ".5", ".0_1", ".", ".1234567890123"), Gen.OneOf("", "", "", "e5", "E-07", "e+1_0", "e", "e400"),
            (sign, whole, fraction, exponent) => sign + whole + fraction + exponent);
        // Mostly valid fields, so that a good share of the date-times is read flat and compared.
        static Gen<string> Mostly(string[] valid, params string[] odd) => Gen.Frequency((8, Gen.OneOf(valid)), (1, Gen.OneOf(odd)));
        var time = Gen.Select(Mostly(["00", "08", "23"], "24", "7"), Mostly([":00", ":59"], ":60"), Mostly([":00", ":59"], ":60", ""),
            Mostly(["", "", ".5", ".120", ".1234567"], ".12345678", "."), (h, m, s, f) => h + m + s + f);
        var date = Gen.Select(Mostly(["1979", "2019", "2020"], "0000", "0001", "9999"), Mostly(["-01", "-02", "-12"], "-13", "-1"),
            Mostly(["-01", "-28", "-29"], "-31", "-00"), (y, m, d) => y + m + d);
        var dateTime = Gen.Frequency(
            (2, date),
            (1, time),
            (6, Gen.Select(date, Mostly(["T"], "t", " "), time,
                Mostly(["", "Z", "-06:00", "+08:00", "+00:00", "+14:00", "-14:00"], "z", "-00:00", "+14:30", "+01:60", "+8:00"),
                (d, t, clock, offset) => d + t + clock + offset)));
        var scalar = Gen.Frequency(
            (4, text.Select(t => $"\"{t}\"")),
            (2, text.Select(t => $"'{t}'")),
            (2, Gen.OneOf("true", "false", "True", "0x1F", "inf", "nan", "-0.0", "1e-7", "6.02E+23", "9223372036854775807")),
            (3, number),
            (4, dateTime));
        var itemSeparator = Gen.Frequency((6, Gen.Const(", ")), (1, Gen.OneOf(",", " , ", ",\n  ", ", # c\n", "\n,", ",,", " ")));
        Gen<string> Array(Gen<string> item) => Gen.Select(item.Array[0, 3], itemSeparator, Gen.OneOf("", "", ",", " ", "\n"),
            (items, separator, end) => "[" + string.Join(separator, items) + end + "]");
        var key = Gen.Frequency((8, Gen.OneOf("title", "type", "start", "a-b", "x_1", "1")),
            (1, Gen.OneOf("\"quoted key\"", "'lit key'", "\"a\\tb\"", "\"\"", "a.b", "a b", "报名", "\"a.b\"", "")));
        var assign = Gen.Frequency((6, Gen.Const(" = ")), (1, Gen.OneOf("=", " =  ", "\t= ", " ")));
        Gen<string> InlineTable(Gen<string> value) => Gen.Select(Gen.Select(key, assign, value, (k, a, v) => k + a + v).Array[0, 3],
            Gen.Frequency((6, Gen.Const(", ")), (1, Gen.OneOf(",", ",\n", " "))), Gen.OneOf("", "", ",", " "),
            (pairs, separator, end) => "{ " + string.Join(separator, pairs) + end + " }");
        var shallow = Gen.Frequency((6, scalar), (2, Array(scalar)), (2, InlineTable(Gen.Frequency((3, scalar), (1, Array(scalar))))));
        var value = Gen.Frequency((6, scalar), (2, Array(shallow)), (2, InlineTable(shallow)));
        var line = Gen.Frequency(
            (12, (IGen<string>)Gen.Select(key, assign, value, Gen.OneOf("", "", "", " ", " # note", "\t", " x"), (k, a, v, end) => k + a + v + end)),
            (1, (IGen<string>)Gen.OneOf("", " ", "# comment", "[params]", "[[items]]", "\t# c", "x = 1 y = 2")));
        int flat = 0, declined = 0, dates = 0, arrays = 0, tables = 0, escapes = 0;

        Gen.Select(line.Array[1, 6], Gen.Frequency((8, Gen.Const("\n")), (1, Gen.Const("\r\n"))), (lines, newline) => string.Join(newline, lines) + newline)
            .Sample(toml =>
            {
                if (!FlatTomlFrontMatter.TryRead(toml, out var map))
                {
                    Interlocked.Increment(ref declined);
                    return;
                }

                Interlocked.Increment(ref flat);
                var rendered = FrontMatterTree.Render(map);
                Count(ref dates, rendered.Contains(":00'", StringComparison.Ordinal) || rendered.Contains("-01'", StringComparison.Ordinal));
                Count(ref arrays, map.Values.Any(v => v is List<object?> { Count: > 0 }));
                Count(ref tables, map.Values.Any(v => v is IDictionary<object, object?> { Count: > 0 }));
                Count(ref escapes, toml.Contains('\\', StringComparison.Ordinal));
                rendered.Should().Be(FrontMatterTree.Render(TomlFrontMatter.ReadWithTomlyn(toml)), toml);
            }, iter: 100_000);

        // Both branches and every kind of value must be exercised, or the comparison proves little.
        flat.Should().BeGreaterThan(2_000);
        declined.Should().BeGreaterThan(2_000);
        dates.Should().BeGreaterThan(300);
        arrays.Should().BeGreaterThan(300);
        tables.Should().BeGreaterThan(300);
        escapes.Should().BeGreaterThan(300);
    }

    [Fact]
    public void Garbage_never_throws_and_whatever_is_read_flat_matches_Tomlyn()
    {
        string[] pieces = ["a", "x_1", " = ", "=", "\"", "'", "[", "]", "{", "}", ",", "\n", "\r\n", "\r", "#", "1", "-", "+", "_", ".", "e",
            "2019-02-21", "T", "08:00:00", "Z", "+01:00", "true", "\\", "u", "00e9", "云", "\t", " ", "\u0000", "\uD800", "\"\"\"", "'''"];
        var flat = 0;

        Gen.OneOf(pieces).Array[0, 30].Select(p => string.Concat(p)).Sample(toml =>
        {
            Dictionary<object, object?>? map = null;
            FluentActions.Invoking(() => FlatTomlFrontMatter.TryRead(toml, out map)).Should().NotThrow(toml);
            if (map is not null)
            {
                Interlocked.Increment(ref flat);
                FrontMatterTree.Render(map).Should().Be(FrontMatterTree.Render(TomlFrontMatter.ReadWithTomlyn(toml)), toml);
            }
        }, iter: 40_000);

        flat.Should().BeGreaterThan(100);
    }

    private static void Count(ref int counter, bool when)
    {
        if (when)
        {
            Interlocked.Increment(ref counter);
        }
    }
}
