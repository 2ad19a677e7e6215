using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Conversation;
using Bot.Core.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Questions;

/// <summary>The question suite: members' questions in their own words, answered by the real conversation over the
/// corpus and two made-up upcoming events; each answer must show its facts, and each fact must be on its pages.</summary>
public sealed partial class QuestionSuiteSpecs(ITestOutputHelper output)
{
    private const double Bar = 0.95;

    [Fact]
    public void The_suite_has_at_least_80_questions_half_in_chinese_and_half_in_english()
    {
        var cases = QuestionSuite.Cases;

        cases.Should().HaveCountGreaterThanOrEqualTo(80);
        cases.Count(c => c.Language == "zh").Should().Be(cases.Count(c => c.Language == "en"));
        cases.Select(c => c.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_fact_of_the_suite_is_on_the_pages_it_names()
    {
        var missing = QuestionSuite.Cases
            .SelectMany(c => c.Pages.Count == 0 ? [] : c.Facts.Where(f => !c.Pages.Any(p => PageSays(Page(p), f))).Select(f => $"{c}: “{f}” on none of {string.Join(", ", c.Pages)}"))
            .ToList();

        missing.Should().BeEmpty();
    }

    [Fact]
    public void At_least_95_percent_of_the_questions_are_answered_with_their_facts()
    {
        // Arrange
        var bot = new ConversationDriver(SyntheticPages.WithCorpus, SyntheticPages.Now, withReminders: true);
        var failures = new List<string>();

        // Act
        foreach (var question in QuestionSuite.Cases)
        {
            var answer = Answer(bot, question);
            var absent = question.Facts.Where(f => !answer.Contains(f, StringComparison.OrdinalIgnoreCase)).ToList();
            if (absent.Count > 0)
            {
                failures.Add($"{question}\n  missing: {string.Join(" | ", absent)}\n  answer: {Shorten(answer)}");
            }
        }

        // Assert
        var right = QuestionSuite.Cases.Count - failures.Count;
        var score = (double)right / QuestionSuite.Cases.Count;
        output.WriteLine($"{right}/{QuestionSuite.Cases.Count} answered right ({score:P1})");
        failures.ForEach(output.WriteLine);
        score.Should().BeGreaterThanOrEqualTo(Bar, "these questions failed:\n" + string.Join("\n", failures));
    }

    /// <summary>What the member sees: every reply's text and its buttons' labels, each reply valid for Telegram.</summary>
    private static string Answer(ConversationDriver bot, QuestionCase question)
    {
        var replies = bot.Send(question.Text, question.Language);
        replies.Should().NotBeEmpty(question.ToString());
        foreach (var reply in replies)
        {
            reply.ShouldBeValidTelegram();
        }

        return string.Join("\n", replies.Select(r => r.Plain() + "\n" + string.Join("\n", r.AllButtons().Select(b => b.Text))));
    }

    private static string Page(string file) =>
        SyntheticPages.All.TryGetValue(file, out var synthetic) ? synthetic : RepoPaths.CorpusPage(file);

    // Text as written (spaces and case aside), or a date in any way pages write one: 2022-04-01, 2022 年 04 月 01 日,
    // "01 月 20 日" on a page of that year, 2020/7/2.
    private static bool PageSays(string page, string fact)
    {
        if (Squeeze(page).Contains(Squeeze(fact), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(fact, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        var (y, m, d) = (date.Year, date.Month, date.Day);
        return Regex.IsMatch(page, $@"{y}\s*[年/.-]\s*0?{m}\s*[月/.-]\s*0?{d}(?!\d)")
            || page.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && Regex.IsMatch(page, $@"(?<!\d)0?{m}\s*月\s*0?{d}\s*[日号]");
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    private static string Shorten(string text) => text.Length <= 400 ? text.Replace("\n", " ⏎ ") : text[..400].Replace("\n", " ⏎ ") + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
