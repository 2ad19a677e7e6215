namespace Bot.Core.Tests.Recaps.Talks;

/// <summary>Talk extraction over the whole corpus, checked against the per-file table of the shared RECAP-FORMAT.md §13 (a study of the shared corpus, kept beside it).</summary>
public sealed class CorpusWideTalkSpecs
{
    private static readonly string[] NonEventKinds = ["LAB", "OSPP", "PRC"];

    /// <summary>Rows of the §13 table: file, kind, talks column, layout column.</summary>
    public static TheoryData<string, string, int, string> EventRows()
    {
        var doc = Path.Combine(RepoPaths.Corpus, "..", "..", "docs", "RECAP-FORMAT.md");
        var data = new TheoryData<string, string, int, string>();
        foreach (var line in File.ReadLines(doc))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length > 9 && cells[2].EndsWith(".md", StringComparison.Ordinal) && !NonEventKinds.Contains(cells[3]) &&
                int.TryParse(cells[7], out var talks))
            {
                data.Add(cells[2], cells[3], talks, cells[8]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventRows))]
    public void Every_event_page_yields_the_number_of_talks_the_format_study_counts(string file, string kind, int expected, string layout)
    {
        var (talks, diagnostics) = CorpusPage.Extract(file);

        talks.Should().HaveCount(expected, $"{file} ({kind}, {layout})");
        diagnostics.Items.Should().NotContain(d => d.Code == "talks-failed");
    }

    [Fact]
    public void The_corpus_yields_at_least_140_talks()
    {
        var rows = EventRows();
        rows.Should().HaveCount(60, "the format study lists 60 events");

        var total = rows.Sum(row => CorpusPage.Extract((string)row[0]).Talks.Count);

        total.Should().BeGreaterThanOrEqualTo(140);
    }

    [Fact]
    public void Every_talk_of_a_multi_talk_meetup_that_names_people_has_speakers()
    {
        // LINKSONLY meetups (15, 16, 17) name nobody in their text; NONE (meetup-7) has no talks at all.
        var meetups = EventRows().Where(r => (string)r[1] == "MU" && !((string)r[3]).Contains("LINKSONLY")).Select(r => (string)r[0]).ToArray();
        meetups.Should().HaveCount(14);

        var silent = meetups.SelectMany(f => CorpusPage.Extract(f).Talks.Where(t => t.Speakers.Count == 0).Select(t => $"{f}: {t.Title}"));

        silent.Should().BeEmpty();
    }
}
