using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Bot.Core.Recaps.Talks;

/// <summary>Agenda tables, in Markdown (<c>| 时间 | 环节 | 讲师 |</c> and kin) or raw HTML (<c>&lt;tr&gt;&lt;td&gt;</c>, read
/// leniently: unclosed cells are fine), housekeeping rows dropped. A header names the title and speaker columns; without
/// one a row's title is its first <c>《…》</c> cell and the speaker follows the title (<c>19:00-20:00 | **《title》** name</c>).</summary>
internal static class AgendaTableLayout
{
    // Header words of the title and speaker columns, in the words of many communities (`| Time | Topic | Speaker |`).
    // (`| 讲座名称 | 演讲人 | 开始时间 |`, `| 时段 | 内容 | 分享人 |`: the first column that names one wins, so a later `内容简介` column is no title.)
    private static readonly WordSet TitleHeaders = new("环节", "主题", "议题", "题目", "标题", "名称", "课程", "内容", "topic", "title", "talk", "session", "subject", "activity", "agenda");
    private static readonly WordSet SpeakerHeaders = new([.. SpeakerWords.People, "handle"]);

    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.Table | PageSignals.HtmlTable))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        var text = new InlineText();
        foreach (var node in page.Nodes)
        {
            if (node.Block is Table table && !IsFactsTable(table))
            {
                ReadTable(table, text, diagnostics, talks);
            }
            else if (node.Kind == NodeKind.Html && node.Text.Contains("<table", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var cells in HtmlRows.Of(node.Text))
                {
                    ReadRow(cells, -1, -1, node.Line, diagnostics, talks);
                }
            }
        }

        return talks;
    }

    // `| 主题 | … |`, `| 时间 | … |`, `| 嘉宾 | … |`: two columns whose first cells are labels state one event's facts
    // (LabelReader reads them as pairs); its rows are no agenda.
    private static bool IsFactsTable(Table table)
    {
        var (rows, labels) = (0, 0);
        foreach (var block in table)
        {
            if (block is not TableRow { IsHeader: false, Count: 2 } row)
            {
                if (block is TableRow { Count: not 2 })
                {
                    return false;
                }

                continue;
            }

            rows++;
            var key = LabelKey(row);
            labels += FactLabels.Is(key) || Array.IndexOf(TitledBlockLayout.TitleLabels, key) >= 0 || SpeakerWords.IsPeopleLabel(key) ? 1 : 0;
        }

        return rows > 0 && labels * 2 >= rows;
    }

    /// <summary>The folded label of a two-column facts row (<c>| 嘉宾： | … |</c> → <c>嘉宾</c>), empty for an empty cell.</summary>
    internal static string LabelKey(TableRow row) =>
        Outline.LabelReader.CellParagraph(row[0]) is { } cell ? TextNormalizer.Key(Outline.InlineLines.PlainText(cell.Inline)).TrimEnd(Marks.Colons) : "";

    // `| Time | Title | Presenter | Slides |`: a column of each talk's deck or recording, a link per row.
    internal static readonly WordSet DeckHeaders = new("slides", "slide", "deck", "decks", "ppt", "pdf", "幻灯片", "课件", "演示文稿");
    internal static readonly WordSet VideoHeaders = new("video", "videos", "recording", "recordings", "replay", "视频", "回放", "录像");

    private static void ReadTable(Table table, InlineText text, DiagnosticBag diagnostics, List<TalkDraft> talks)
    {
        int titleColumn = -1, speakerColumn = -1, deckColumn = -1, videoColumn = -1;
        var (first, namedInTitles) = (talks.Count, 0);
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var cells = new string[row.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = Outline.LabelReader.CellParagraph(row[c]) is { } paragraph ? text.Of(paragraph.Inline, out _) : string.Empty;
            }

            if (row.IsHeader)
            {
                for (var i = 0; i < cells.Length; i++)
                {
                    if (titleColumn < 0 && TitleHeaders.In(cells[i]))
                    {
                        titleColumn = i;
                    }
                    else if (SpeakerHeaders.In(cells[i]))
                    {
                        speakerColumn = i;
                    }
                    else if (DeckHeaders.In(TextNormalizer.Key(cells[i])))
                    {
                        deckColumn = i;
                    }
                    else if (VideoHeaders.In(TextNormalizer.Key(cells[i])))
                    {
                        videoColumn = i;
                    }
                }

                continue;
            }

            var before = talks.Count;
            namedInTitles += ReadRow(cells, titleColumn, speakerColumn, row.Line + 1, diagnostics, talks) ? 1 : 0;
            if (talks.Count > before)
            {
                talks[^1].SlidesUrl ??= LinkIn(row, deckColumn);
                talks[^1].ReplayUrl ??= LinkIn(row, videoColumn);
            }
        }

        // `| 19:00 | Dan Doe - pytest for network testing |` beside `| 18:25 | Welcome + sponsor talk |`: where the
        // activity cells name the speakers, the rows that name none are the evening's other business.
        for (var i = talks.Count - 1; namedInTitles >= 2 && i >= first; i--)
        {
            if (talks[i].Speakers.Count == 0)
            {
                talks.RemoveAt(i);
            }
        }
    }

    private static string? LinkIn(TableRow row, int column)
    {
        if (column < 0 || column >= row.Count || Outline.LabelReader.CellParagraph(row[column]) is not { Inline: { } inline })
        {
            return null;
        }

        foreach (var link in inline.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            if (!link.IsImage && !string.IsNullOrWhiteSpace(link.Url))
            {
                return link.Url;
            }
        }

        return null;
    }

    /// <returns>Whether the title cell named the row's people (<c>Jane Doe - title</c>, <c>title (Jane Doe, Acme)</c>).</returns>
    private static bool ReadRow(string[] cells, int titleColumn, int speakerColumn, int line, DiagnosticBag diagnostics, List<TalkDraft> talks)
    {
        Events.TimeSlot? slot = null;
        var slotColumn = -1;
        for (var i = 0; i < cells.Length && slotColumn < 0; i++)
        {
            if (SlotText.TryRead(cells[i], out var s, out _, out var impossible))
            {
                slotColumn = i;
                slot = s;
                if (impossible)
                {
                    diagnostics.Warn(line, "talk-slot-impossible", $"the agenda slot '{TitleText.Display(cells[i])}' ends before it starts");
                }
            }
        }

        var titleCell = titleColumn >= 0 && titleColumn < cells.Length ? cells[titleColumn] : FirstBracketed(cells, slotColumn);
        if (titleCell is null || Housekeeping.IsHousekeeping(TitleText.Display(titleCell)))
        {
            return false;
        }

        var title = TitleText.Bracketed(titleCell) ?? TitleText.Display(titleCell);
        var speakerText = speakerColumn >= 0 && speakerColumn < cells.Length ? cells[speakerColumn] : TitleText.AfterBracket(titleCell);
        if (speakerColumn < 0 && speakerText.Length == 0 && TitleBy(title) is var (bare, people))
        {
            // `**Observability for tiny teams** by [Max Mustermann](…)`: no speaker column, the cell names them after `by`.
            talks.Add(new TalkDraft(bare, line) { Slot = slot }.With(people));
            return false;
        }

        if (speakerColumn < 0 && speakerText.Length == 0 && (ListTalksLayout.TitleThenBracketedPeople(title, line) ?? ListTalksLayout.PeopleFirst(title, line)) is { } named)
        {
            named.Slot = slot;
            talks.Add(named);
            return true;
        }

        var talk = new TalkDraft(title, line) { Slot = slot };
        // A speaker column's cell lists its people with 、 as well (`刘强、张丽`).
        var speakers = SpeakerNotation.ParseMany(speakerColumn >= 0 ? speakerText.Replace('、', '；') : speakerText, nameMayBeLast: true);
        if (speakers.Count == 0 && speakerColumn >= 0)
        {
            // `Ethan Zhou（Lantern Labs）`, `Ada Brennan, Acme`: a Latin name of two words before its affiliation, which
            // the speaker-line reading knows; the column vouches for the names that reading drops (`Winter`, `TU Lin`).
            var read = SpeakerLine.People(speakerText);
            speakers = read.FindAll(s => NameRules.LooksLikeName(s.Name));
            if (speakers.Count < Math.Max(read.Count, 1) && SpeakerCell.People(speakerText) is { Count: > 0 } vouched)
            {
                speakers = vouched;
            }

            // `| @tcharding | … |` under a `Handle` column, `| Trent (@choc) | … |`: a handle, or a first name with the handle in
            // brackets, is all the name given.
            if (speakers.Count == 0 && HandleOnly(speakerText) is { } handle)
            {
                speakers = [handle];
            }
        }

        speakers.ForEach(talk.AddSpeaker);

        talks.Add(talk);
        return false;
    }

    private static Speaker? HandleOnly(string cell)
    {
        var text = cell.Trim();
        var open = text.IndexOf('(');
        var (name, alias) = open > 0 && text.EndsWith(')') ? (text[..open].Trim(), text[(open + 1)..^1].Trim()) : (text, null);
        // The `@` marks a handle: a word alone (`Everyone`, `ACME`) is as often nobody.
        return (alias ?? name).StartsWith('@') && ListTalksLayout.IsHandle(name.TrimStart('@')) && (alias is null || ListTalksLayout.IsHandle(alias[1..]))
            ? new Speaker(name, alias is null ? [] : [alias])
            : null;
    }

    private static (string Title, List<Speaker> People)? TitleBy(string cell)
    {
        var at = cell.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        return at > 0 && SpeakerLine.NamedPeople(cell[(at + 4)..]) is { } people ? (cell[..at].Trim(), people) : null;
    }

    private static string? FirstBracketed(string[] cells, int slotColumn)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i != slotColumn && cells[i].Contains('《'))
            {
                return cells[i];
            }
        }

        return null;
    }
}
