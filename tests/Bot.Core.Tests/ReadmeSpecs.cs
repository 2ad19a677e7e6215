using System.Text.RegularExpressions;
using Bot.Core.Localization;
using Bot.Core.Recaps;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests;

/// <summary>The README's examples work: the commands table over <c>content/</c>, the questions over the corpus.</summary>
public sealed partial class ReadmeSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    public static TheoryData<string, string> CommandExamples()
    {
        var table = Section("## Commands").Split('\n').Where(l => l.StartsWith("| `/", StringComparison.Ordinal));
        var data = new TheoryData<string, string>();
        foreach (var cells in table.Select(Cells))
        {
            data.Add(cells[2], "en");
            data.Add(cells[3], "zh");
        }

        return data;
    }

    public static TheoryData<string, string> Questions()
    {
        var rows = Section("## What members can ask").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal));
        var data = new TheoryData<string, string>();
        foreach (var cells in rows.Select(Cells))
        {
            data.Add(cells[0], "zh");
            data.Add(cells[1], "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandExamples))]
    public void Every_example_of_the_commands_table_is_answered_over_the_content_folder(string example, string language)
    {
        var content = Directory.GetFiles(RepoPaths.Content, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => RecapParser.Parse(File.ReadAllText(f), Path.GetFileName(f)).Event).OfType<Bot.Core.Events.Event>();
        var bot = new ConversationDriver(content, Now);

        ShouldBeAnswered(bot, example, language);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Every_question_of_what_members_can_ask_is_answered_over_the_corpus(string question, string language) =>
        ShouldBeAnswered(new ConversationDriver(CorpusEvents.All, Now, withReminders: true), question, language);

    [Fact]
    public void The_readme_has_examples_in_both_tables()
    {
        CommandExamples().Should().HaveCountGreaterThanOrEqualTo(20);
        Questions().Should().HaveCountGreaterThanOrEqualTo(20);
    }

    private static void ShouldBeAnswered(ConversationDriver bot, string text, string language)
    {
        var replies = bot.Send(text, language);
        replies.Should().NotBeEmpty(text);
        var plain = string.Join("\n", replies.Select(r => r.Plain()));
        foreach (var reply in replies)
        {
            reply.ShouldBeValidTelegram();
        }

        Failures(Strings.For(language)).Should().NotContain(f => plain.Contains(f, StringComparison.Ordinal), $"“{text}” got: {plain}");
    }

    // What a failed answer says around the words it repeats: "… 相关内容", "No speaker is called …", the usage lines.
    private static IEnumerable<string> Failures(Strings s)
    {
        const string Marker = "\u0001";
        yield return s.SpeakerNotFound(Marker).Split(Marker)[0];
        foreach (var sentence in new[] { s.NothingFound(Marker), s.NotUnderstood(Marker), s.EventNotFound(Marker), s.SlidesNotFound(Marker), s.DidYouMean(Marker) })
        {
            yield return sentence.Split(Marker)[^1];
        }

        yield return s.UnknownStartLink;
        yield return s.SpeakerUsage;
        yield return s.SearchUsage;
        yield return s.EventsUsage;
        yield return s.IcsUsage;
    }

    private static string Section(string heading)
    {
        var readme = Readme;
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, heading);
        var end = readme.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return readme[start..(end < 0 ? readme.Length : end)];
    }

    // The backticked text of each cell; a cell with several examples gives its first.
    private static string[] Cells(string row) =>
        [.. CellSplit().Split(row.Trim().Trim('|')).Select(c => Backticked().Match(c) is { Success: true } m ? m.Groups[1].Value : c.Trim())];

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSplit();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
