using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Text;
using Markdig.Syntax;

namespace Bot.Core.Recaps.Talks;

/// <summary>Talks written one per list item, in the three shapes communities use: a link whose text is
/// <c>title，speaker（org）</c> or <c>title - speaker</c> (the link is the talk's video); <c>speaker: title [PDF](…)</c>
/// (the link is the deck); <c>title @speaker</c>. A list counts when at least two of its items read as talks.</summary>
internal static partial class ListTalksLayout
{
    // Dashes and bars first: `title - 张三，李四` names two people after the dash, not one after the comma.
    private static readonly string[] TitleSpeakerSeparators = [" -- ", " - ", " – ", " — ", "——", " | ", "｜", "，", ", "];
    // A timed line's `title with Jane Doe` names the speaker as `by` does; without a time, `with` joins too many titles' words.
    private static readonly string[] TimedSpeakerSeparators = [" by ", " with ", ": ", " — ", " – ", " -- ", " - ", "——", " | ", "｜"];

    // Without a time, a colon or a bar is too common in prose bullets to name a speaker.
    private static readonly string[] UntimedSpeakerSeparators = [" by ", " — ", " – ", " -- ", " - ", "——"];
    private static readonly string[] ByOnly = [" by "];
    internal static readonly WordSet DeckWords = new("pdf", "ppt", "pptx", "slides", "slide", "幻灯片", "幻灯", "演示文稿", "下载", "课件", "keynote");

    [GeneratedRegex(@"(?<![\w.])@([A-Za-z0-9][A-Za-z0-9_-]{0,38})")]
    private static partial Regex Handle();

    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        var best = new List<TalkDraft>();
        var run = new List<TalkDraft>();
        var items = 0;
        var timed = 0;
        var leads = 0;
        var facts = false;
        // Talks of the run whose item quotes its title in 《》: a list of the event's facts may still name its talks so
        // (`- 时间：…`, `- 地点：…`, `- Joey Chan：《全新的体验》`).
        var quoted = new List<TalkDraft>();
        Block? list = null;
        // A timed item naming no one (`- 14:00-14:40 title`) waits for a nested `讲师：…` bullet under it.
        TalkDraft? waiting = null;
        // An untimed item that may be a title (`- 使用 Pytorch 进行人流量分析`) with a person on its first nested bullet.
        PageNode? titleItem = null;
        // The first paragraph of an item with more than one, and the talk it read as: the second paragraph may be the
        // speaker line under a title.
        (PageNode Node, TalkDraft? ReadAs)? itemFirst = null;
        // Headings passed, and how many had been passed when the first list was kept: lists under the same heading are
        // parts of one programme (`(first half)` … `(second half)`).
        var headings = 0;
        var keptUnder = -1;
        // `#### Lightning Talk` over one item, then `#### Use Case Talks` over two: a list of one talk just above the first
        // list kept, under the heading before it, is the programme's first part.
        (TalkDraft Talk, int Headings)? single = null;
        // Under `## Speakers` or `## 講者` an item is a person (`**Jane Doe** — founder of Acme`), unless it quotes a title.
        var underPeople = false;
        void KeepRun()
        {
            var before = best.Count;
            Keep(best, !facts ? run : quoted.Count >= 2 ? quoted : [], facts ? quoted.Count : items, timed, leads, sameSection: keptUnder == headings);
            if (before == 0 && best.Count > 0 && single is { } one && headings - one.Headings <= 1)
            {
                best.Insert(0, one.Talk);
            }

            if (items > 0)
            {
                single = best.Count == 0 && !facts && run is [var talk] && items == 1 && !Housekeeping.IsHousekeeping(talk.Title) ? (talk, headings) : null;
            }
        }

        foreach (var node in page.Nodes)
        {
            // Nested bullets (a talk's links, its outline) and an item's quoted abstract belong to their item and do
            // not end the list.
            if (node.ListDepth > 1 || (node.ListDepth == 1 && node.Block.Parent is not ListItemBlock))
            {
                if (waiting is not null && node is { IsParagraph: true, ListDepth: 2 } && node.Lines.Length > 0
                    && SpeakerLine.TryRead(node.Lines[0], out var people, out _, page.People) && people.Count > 0)
                {
                    foreach (var person in people)
                    {
                        waiting.AddSpeaker(person);
                    }

                    run.Add(waiting);
                    timed++;
                    waiting = null;
                }
                else if (titleItem is not null && node is { IsParagraph: true, ListDepth: 2 } && node.Lines.Length > 0
                    && NestedPerson(node.Lines[0]) is { } nested && ItemTitle(TitleText.WithoutLeadingSymbols(titleItem.Lines[0].Trim())) is var title
                    && !Housekeeping.IsHousekeeping(title))
                {
                    run.Add(new TalkDraft(title, titleItem.Line).With(nested));
                }

                // Only the first bullet under an untimed title may name its speaker.
                titleItem = null;
                continue;
            }

            (waiting, titleItem) = (null, null);
            if (node.Block is HtmlBlock { Type: HtmlBlockType.Comment } || IsEmbed(node.Block))
            {
                continue;
            }

            var parent = node.ListDepth == 1 ? node.Block.Parent?.Parent : null;
            if (ResumesAfterComment(parent, list))
            {
                list = parent;
            }
            else if (!ReferenceEquals(parent, list))
            {
                KeepRun();
                keptUnder = keptUnder < 0 && best.Count > 0 ? headings : keptUnder;
                (run, items, timed, leads, facts, list) = ([], 0, 0, 0, false, parent);
                quoted = [];
            }

            if (node.Kind == NodeKind.Heading)
            {
                headings++;
                underPeople = GuestSection.IsPeopleHeading(TitleText.HeadingCore(node.Text));
            }

            if (parent is null || !node.IsParagraph || node.Lines.Length == 0)
            {
                continue;
            }

            if (itemFirst is { } above && ReferenceEquals(node.Block.Parent, above.Node.Block.Parent)
                && SpeakerLine.TryRead(node.Lines[0], out var itemPeople, out _, page.People) && itemPeople.Count > 0)
            {
                // `1. title` with `演讲嘉宾：罗旦 | 某司工程师` as the item's second paragraph: the whole first paragraph is
                // the title (`存算统一，消除冗余：…` named no one), this line its speaker.
                if (above.ReadAs is { } misread)
                {
                    run.Remove(misread);
                }

                run.Add(new TalkDraft(ItemTitle(TitleText.WithoutLeadingSymbols(above.Node.Lines[0])), above.Node.Line).With(itemPeople));
                itemFirst = null;
                continue;
            }

            itemFirst = null;
            items++;
            // A list that gives the event's time, place or links (`时间：…`, `会场：…`, `Date: …`) is the event's facts, whose
            // `费用：免费`-like lines would otherwise read as `speaker: title`.
            facts |= FactLabels.StatedBy(node.Lines[0]);
            TalkDraft? read = null;
            if (LeadItem.Read(node) is { } lead)
            {
                run.Add(lead);
                leads++;
            }
            else if ((!underPeople || QuotesTitle(node.Lines[0])) && (read = Read(node)) is { } talk)
            {
                run.Add(talk);
                if (node.Lines[0].Contains('《'))
                {
                    quoted.Add(talk);
                }

                timed += talk.Slot is null ? 0 : 1;
            }
            else
            {
                waiting = TimedTitle(node);
                titleItem = waiting is null && MayBeTitle(node) ? node : null;
            }

            if (node.Block.Parent is ListItemBlock { Count: > 1 } item && ReferenceEquals(item[0], node.Block) && node.Lines.Length == 1 && read?.Slot is null)
            {
                itemFirst = (node, read);
            }
        }

        KeepRun();
        if (best.Count > 0)
        {
            return best;
        }

        var lines = TimedLines(page);
        if (lines.Count > 0)
        {
            return lines;
        }

        var bold = BoldSpeakerLines(page);
        if (bold.Count > 0)
        {
            return bold;
        }

        var underLabel = NameColonTitleParagraphs(page);
        if (underLabel.Count > 0)
        {
            return underLabel;
        }

        var speakerHeadings = SpeakerHeadings(page);
        if (speakerHeadings.Count > 0)
        {
            return speakerHeadings;
        }

        var timedTitles = TimedTitles(page);
        return timedTitles.Count > 0 ? timedTitles : NestedTalks(page);
    }

    // `- 技术分享` over nested `- title - speaker` bullets: items name the parts of the programme and a list nested
    // under one of them is its talks, read as a top-level list would be.
    private static List<TalkDraft> NestedTalks(PageView page)
    {
        List<TalkDraft> best = [], run = [];
        Block? list = null;
        var items = 0;
        // The depth of the item naming the part whose nested items are read: 0 outside any. Parts nest (`- 活动内容：`
        // over `+ 主题演讲：` over the talks).
        var partDepth = 0;
        foreach (var node in page.Nodes)
        {
            if (node is not { ListDepth: > 0, IsParagraph: true, Block.Parent: ListItemBlock { Parent: var parent } item } || node.Lines.Length == 0
                || !ReferenceEquals(item[0], node.Block))
            {
                continue;
            }

            TalkDraft? talk = null;
            if (partDepth > 0 && node.ListDepth == partDepth + 1)
            {
                if (!ReferenceEquals(parent, list))
                {
                    Keep(best, run, items, 0, 0, sameSection: true);
                    (run, items, list) = ([], 0, parent);
                }

                items++;
                if ((talk = Read(node)) is not null)
                {
                    run.Add(talk);
                }
            }

            if (talk is null && IsPartName(node))
            {
                partDepth = node.ListDepth;
            }
            else if (node.ListDepth <= partDepth)
            {
                partDepth = 0;
            }
        }

        Keep(best, run, items, 0, 0, sameSection: true);
        return best;
    }

    // `- 技术分享`, `+ 主题演讲：`: a short item that names a part of the programme. A label over its values
    // (`Dial-in numbers:` over `India: 000 800…`) names none unless it speaks of the programme.
    private static bool IsPartName(PageNode node)
    {
        if (node.Lines is not [var name] || name.Length > 30)
        {
            return false;
        }

        var colon = name.AsSpan().IndexOfAny('：', ':');
        return colon < 0 || (colon == name.TrimEnd().Length - 1 && ProgrammeWords.In(name));
    }

    private static readonly WordSet ProgrammeWords = new("演讲", "分享", "议程", "议题", "内容", "日程", "安排", "talks", "agenda", "programme", "program", "schedule", "sessions");

    // `- 使用 Pytorch 进行人流量分析` with `+ 姜原, 某司研发工程师` as its first nested bullet: an item that may be a title
    // (one line that ends with no colon and is no sentence), waiting for the person below it.
    private static bool MayBeTitle(PageNode node)
    {
        var text = node.Lines[0].AsSpan().Trim();
        return node.Lines.Length == 1 && text.Length is >= 4 and <= 80 && text[^1] is not (':' or '：' or '。' or '.' or '!' or '！' or '?' or '？');
    }

    // `姜原, 某司研发工程师`, `Jane Doe, Acme`, `Jane Doe (Acme)`: a nested bullet that is a person and where they work,
    // and nothing else.
    private static Speaker? NestedPerson(string line) =>
        (SpeakerLine.NameAndAffiliation(line) ?? BracketedAffiliation(line)) is { } person
            && (Speakers.NameRules.IsSurnamedChineseName(person.Name) || person.Name.Contains(' ') && Speakers.NameRules.LooksLikeName(person.Name))
            ? person
            : null;

    private static Speaker? BracketedAffiliation(string line)
    {
        var text = line.AsSpan().Trim();
        return text.Length > 0 && text[^1] is ')' or '）' && SpeakerLine.NamedPeople(line) is [{ Affiliation: not null } person] ? person : null;
    }

    // `- 11:00 用 Qpython 进行 Android 应用开发`, `- 14:55 美颜背后的秘密   王莹 某司`: a list of clock times and titles that
    // mostly name nobody, a programme all the same where three or more items keep time in order. A person set off
    // from the title by a run of spaces is its speaker.
    private static List<TalkDraft> TimedTitles(PageView page)
    {
        List<TalkDraft> best = [], run = [];
        Block? list = null;
        foreach (var node in page.Nodes)
        {
            if (node is not { ListDepth: 1, IsParagraph: true, Block.Parent: ListItemBlock { Parent: var parent } } || node.Lines.Length == 0)
            {
                continue;
            }

            if (!ReferenceEquals(parent, list))
            {
                KeepProgramme(best, run);
                (run, list) = ([], parent);
            }

            var raw = node.Lines[0];
            if (!SlotText.TryRead(raw, out var slot, out var used, out var impossible) || impossible || (run.Count > 0 && slot.Start < run[^1].Slot!.Start))
            {
                continue;
            }

            var rest = WithoutLength(raw[used..]);
            var talk = AfterSlot(rest, slot, node.Links, node.Line) ?? SpacedPerson(rest.TrimStart(SlotTrail), node.Line)
                ?? new TalkDraft(ItemTitle(TitleText.WithoutLeadingSymbols(rest.TrimStart(SlotTrail))), node.Line);
            talk.Slot = slot;
            run.Add(talk);
        }

        KeepProgramme(best, run);
        return best;
    }

    private static void KeepProgramme(List<TalkDraft> best, List<TalkDraft> run)
    {
        if (best.Count > 0 || run.Count < 3)
        {
            return;
        }

        run.RemoveAll(t => t.Title.Length < 2 || Housekeeping.IsHousekeeping(t.Title));
        if (run.Count >= 2)
        {
            best.AddRange(run);
        }
    }

    // `美颜背后的秘密   王莹 某司 内核组`: the title, a run of spaces, then the person and their affiliation, which may
    // follow the name without a space when it is written in Latin letters (`赵变芹WPS 内核组`).
    private static TalkDraft? SpacedPerson(string text, int line)
    {
        var gap = text.IndexOf("   ", StringComparison.Ordinal);
        if (gap <= 0)
        {
            return null;
        }

        var after = text[gap..].Trim();
        var han = 0;
        while (han < after.Length && NameRules.IsHan(after[han]))
        {
            han++;
        }

        var person = SpeakerLine.UnderSlot(after)
            ?? (han is 2 or 3 && han < after.Length && char.IsAsciiLetter(after[han]) && NameRules.IsSurnamedChineseName(after[..han])
                ? new Speaker(after[..han], [], after[han..].Trim()) : null);
        return person is null ? null : new TalkDraft(ItemTitle(text[..gap]), line).With(person);
    }

    // `<!--more-->`, `<!--truncate-->`: a blog's summary mark, put after the first item, parts one list in two; so does
    // the video of each talk embedded under its item (`* Jane Doe - title`, `<iframe …>`, `* John Roe - title`).
    private static bool ResumesAfterComment(Block? parent, Block? list) =>
        parent is ListBlock && list is ListBlock && parent.Parent is { } container && container.IndexOf(parent) is >= 2 and var at
        && container[at - 1] is HtmlBlock between && (between.Type == HtmlBlockType.Comment || IsEmbed(between)) && ReferenceEquals(container[at - 2], list);

    private static bool QuotesTitle(string item) => item.AsSpan().IndexOfAny("《“\"") >= 0;

    // The block's first line, as PageOutline.Holds reads HTML blocks: joining the lines would copy each one.
    private static bool IsEmbed(Block block) =>
        block is HtmlBlock { Lines.Count: > 0 } html && html.Lines.Lines[0].Slice.AsSpan().TrimStart() is var first
        && (first.StartsWith("<iframe", StringComparison.OrdinalIgnoreCase) || first.StartsWith("<video", StringComparison.OrdinalIgnoreCase));

    // `**张一帆（某金融公司）服务网格的延伸**`, `第一场**敖青山（某金服）：网格的落地**`: a recap's paragraphs that each
    // name the speaker, their employer in brackets, then the talk, all in bold; or, as a caption under each talk's
    // video, the speaker and the title in 《》 (`01-胡正策《开场致辞》`). Two of them make a programme.
    private static List<TalkDraft> BoldSpeakerLines(PageView page)
    {
        var talks = new List<TalkDraft>();
        foreach (var node in page.Nodes)
        {
            if (node is not { IsParagraph: true, ListDepth: 0, InQuote: false } || node.Lines.Length != 1)
            {
                continue;
            }

            if ((node.BoldSpan(maxLead: 4) is { } bold ? NameBracketTitle(bold, node.Line) ?? TitleBarPerson(bold, node.Line)
                    : node.Lines[0].Contains('《') ? NameThenBracketedTitle(node.Lines[0], node.Links, node.Line) : null) is { } talk
                && !Housekeeping.IsHousekeeping(talk.Title))
            {
                talks.Add(talk);
            }
        }

        return talks.Count >= 2 ? talks : [];
    }

    // `Speakers:` then `Leigh Honeywell: Understanding Encryption` and `Jessy Irwin: Introduction to Secure Online Tools`,
    // each its own paragraph: a list written without bullets, one person and their talk a line.
    private static List<TalkDraft> NameColonTitleParagraphs(PageView page)
    {
        var talks = new List<TalkDraft>();
        var underLabel = false;
        foreach (var node in page.Nodes)
        {
            var line = node is { IsParagraph: true, ListDepth: 0, InQuote: false } && node.Lines.Length == 1 ? node.Lines[0] : null;
            var colon = line is null ? -1 : line.AsSpan().IndexOfAny(':', '：');
            if (colon > 0 && colon == line!.Length - 1 && SpeakerWords.IsPeopleLabel(TextNormalizer.Key(line[..colon])))
            {
                if (talks.Count >= 2)
                {
                    return talks;
                }

                underLabel = true;
                talks.Clear();
                continue;
            }

            var (who, title) = underLabel && colon > 1 ? (line![..colon].Trim(), TitleText.Display(line[(colon + 1)..])) : ("", "");
            if (title.Length >= 4 && NameRules.LooksLikeName(who) && !Housekeeping.IsHousekeeping(title))
            {
                talks.Add(new TalkDraft(title, node.Line).With(new Speaker(who, [])));
                continue;
            }

            if (talks.Count >= 2)
            {
                return talks;
            }

            underLabel = false;
            talks.Clear();
        }

        return talks.Count >= 2 ? talks : [];
    }

    private static TalkDraft? NameBracketTitle(string text, int line)
    {
        var open = text.AsSpan().IndexOfAny('（', '(');
        var close = open < 2 ? -1 : text.AsSpan(open).IndexOfAny('）', ')');
        if (close < 0 || !NameRules.LooksLikeName(text[..open].Trim()))
        {
            return null;
        }

        close += open;
        var title = TitleText.Display(text[(close + 1)..].TrimStart('，', ',', '：', ':', ' ', '-', '—'));
        if (title.Length < 4 || title[^1] is '。' or '.')
        {
            return null;
        }

        var inner = text[(open + 1)..close].Trim();
        return new TalkDraft(title, line).With(new Speaker(text[..open].Trim(), [], inner.Length > 0 ? inner : null));
    }

    // `**共建可信开源社区 | 某数据库领域总经理 胡正策**`: the title, a bar, then one person, their roles before the name.
    private static TalkDraft? TitleBarPerson(string text, int line)
    {
        var bar = text.AsSpan().LastIndexOfAny('|', '｜');
        if (bar < 4 || TitleText.Display(text[..bar]) is not { Length: >= 4 } title || Housekeeping.IsHousekeeping(title)
            || SpeakerLine.People(text[(bar + 1)..].Trim()) is not [var person] || !NameRules.LooksLikeName(person.Name))
        {
            return null;
        }

        return new TalkDraft(title, line).With(person);
    }

    // `## Building RAG that works by Camille Martin`, `### "Evaluating LLM apps" — Hugo Bernard`: headings that name
    // their speaker, the abstract in the paragraphs under them. Two of them at one level make a programme.
    private static List<TalkDraft> SpeakerHeadings(PageView page)
    {
        var talks = new List<TalkDraft>();
        var level = 0;
        foreach (var node in page.Headings)
        {
            // A heading's links are read only where its text ends in a link's bracket (`[[slides](…)]`).
            string? deck = null, video = null;
            var text = node.Text.EndsWith(']') ? TrailingLinks.Strip(node.Text, node.Links, out deck, out video) : node.Text;
            if ((level == 0 || node.Level == level) && (Untimed(text, node.Line) ?? TitleThenChineseName(text, node.Line)) is { } talk)
            {
                level = node.Level;
                talks.Add(talk);
                talk.SlidesUrl ??= deck;
                talk.ReplayUrl ??= video;
            }
        }

        return talks.Count >= 2 ? talks : [];
    }

    // `## 自动探针的实践 刘青`: a heading that ends with the speaker's Chinese name after a space, a surname first (a
    // heading's last word is more often a thing: `## Conda 虚拟环境 与 python 依赖包`).
    private static TalkDraft? TitleThenChineseName(string heading, int line)
    {
        var text = heading.TrimEnd();
        var space = text.LastIndexOf(' ');
        var name = space < 4 ? "" : text[(space + 1)..];
        if (name.Length is < 2 or > 3 || !NameRules.IsSurnamedChineseName(name)
            || ItemTitle(text[..space]) is not { Length: >= 4 } title)
        {
            return null;
        }

        return new TalkDraft(title, line).With(new Speaker(name, []));
    }

    // An agenda written as plain lines, one time range each, in one paragraph or a paragraph per line:
    // `14:00 - 14:40 | title | 张三（某司）`, `14:00-14:40 title — 张三`. It counts as a list of timed items does: two
    // talks, in one run of such paragraphs (a heading or a paragraph without a slot ends it).
    private static List<TalkDraft> TimedLines(PageView page)
    {
        var best = new List<TalkDraft>();
        var run = new List<TalkDraft>();
        foreach (var node in page.Nodes)
        {
            var slots = 0;
            if (node is { IsParagraph: true, ListDepth: 0, InQuote: false })
            {
                var links = node.Lines.Length == 1 ? node.Links : [];
                var timetable = IsTimetable(node.Lines);
                for (var l = 0; l < node.Lines.Length; l++)
                {
                    var line = node.Lines[l];
                    // A time with its seconds is a clock reading: a chat log's `20:35:52 From Jane : hello` is no agenda.
                    if (!SlotText.TryRead(line, out var slot, out var used, out var impossible) || slot.End is null && HasSeconds(line, used))
                    {
                        continue;
                    }

                    slots++;
                    if ((AfterSlot(line[used..], slot, links, node.Line)
                        ?? TitleOverPerson(line[used..], l + 1 < node.Lines.Length ? node.Lines[l + 1] : null, node.Line)
                        ?? (timetable ? TitleOnly(line[used..], node.Line) : null)) is { } talk)
                    {
                        talk.Slot = impossible ? null : slot;
                        run.Add(talk);
                    }
                }
            }

            if (slots == 0 && run.Count > 0)
            {
                Keep(best, run, run.Count, run.Count, 0);
                run = [];
            }
        }

        Keep(best, run, run.Count, run.Count, 0);
        return best;
    }

    // A paragraph whose every line opens with a later hour than the one before (`10:30:- What is an Arduino` /
    // `11:00:- The Arduino IDE`) is a timetable: its rows are talks by their titles alone, as a timed list's items are.
    private static bool IsTimetable(string[] lines)
    {
        if (lines.Length < 2)
        {
            return false;
        }

        TimeOnly? last = null;
        foreach (var line in lines)
        {
            if (!SlotText.TryRead(line, out var slot, out _, out var impossible) || impossible || slot.Start <= last)
            {
                return false;
            }

            last = slot.Start;
        }

        return true;
    }

    private static TalkDraft? TitleOnly(string rest, int line)
    {
        var title = ItemTitle(TitleText.WithoutLeadingSymbols(WithoutLength(rest).TrimStart(SlotTrail)));
        return title.Length < 2 ? null : new TalkDraft(title, line);
    }

    // `14:00-14:30 新版本解析<br>吴知行 某司 创始工程师`: the slot's title, and the person opening the next line.
    private static TalkDraft? TitleOverPerson(string rest, string? next, int line)
    {
        if (next is null || SlotText.TryRead(next, out _, out _, out _) || ItemTitle(TitleText.WithoutLeadingSymbols(rest.TrimStart(SlotTrail))) is not { Length: >= 2 } title
            || Housekeeping.IsHousekeeping(title) || SpeakerLine.UnderSlot(next) is not { } person)
        {
            return null;
        }

        return new TalkDraft(title, line).With(person);
    }

    // What follows an agenda slot, in a list item or a plain line: the people then the title, the title then the
    // people, a bracketed title then its people, or the speaker in a closing bracket.
    private static TalkDraft? AfterSlot(string rest, TimeSlot slot, (string Text, string Url)[] links, int line)
    {
        rest = WithoutLength(rest);
        return PeopleThenTitle(rest.TrimStart(SlotTrail), line) ?? TimedBy(rest, line) ?? BracketedTitleThenPeople(rest, line) ?? BracketedSpeaker(rest, slot, links, line);
    }

    // `"Duke nukem" by Jeppe and Rasmus (30 min)`, `Ansible in Rust and Q&A by Mikkel (15+5 min)`, `主题（45 分钟）`: how
    // long a slot lasts says nothing about its title or people.
    private static string WithoutLength(string text)
    {
        var end = text.AsSpan().TrimEnd();
        if (end.Length == 0 || end[^1] is not (')' or '）'))
        {
            return text;
        }

        return SlotLength().Match(text) is { Success: true } m ? text[..m.Index] : text;
    }

    [GeneratedRegex(@"\s*[(（]\s*~?\d+(?:\s*[-–~+]\s*\d+)*\s*(?:min|mins|minutes|minute|m|分钟|分)\.?\s*[)）]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlotLength();

    private static bool HasSeconds(string line, int afterTime) =>
        afterTime + 1 < line.Length && line[afterTime] is ':' or '：' && char.IsAsciiDigit(line[afterTime + 1]);

    // `- **6:25 PM** – **Tammy Briggs**` with `*Agentic AI: what it is*` on the item's next line: the slot names who
    // speaks, the line under it what about. A sentence under a name is a bio or a note, not a title.
    private static TalkDraft? PersonThenTitleLine(string afterSlot, PageNode node)
    {
        if (node.Lines is not [_, var next, ..] || next.Length is < 3 or > 160 || next[^1] is '.' or '。' || SlotText.TryRead(next, out _, out _, out _))
        {
            return null;
        }

        var who = afterSlot.TrimStart(SlotTrail).Trim();
        if (who.Length == 0 || Housekeeping.IsHousekeeping(who) || SpeakerLine.NamedPeople(who) is not { Count: > 0 } people
            || !people.TrueForAll(p => NameRules.LooksLikeName(p.Name)) || NameRules.LooksLikeName(next))
        {
            return null;
        }

        var title = ItemTitle(TitleText.WithoutLeadingSymbols(next));
        return title.Length < 3 || Housekeeping.IsHousekeeping(title) ? null : new TalkDraft(title, node.Line).With(people);
    }

    // `[MarioLulab](https://github.com/…) 讲解快乐开源活动《[新IR Python API适配升级](…)》 (15 - 20 min)`: the linked name or
    // handle that opens the item, a verb of speaking, then the talk in book-title marks.
    private static TalkDraft? LinkedPersonSpeaksOf(string raw, (string Text, string Url)[] links, int line)
    {
        if (links is not [var (linkText, _), ..] || linkText.Trim() is not { Length: >= 2 } who || !raw.StartsWith(who, StringComparison.Ordinal)
            || !(NameRules.LooksLikeName(who) || SpeakerLine.LooksLikeHandle(who)) || !ProseSpeaker.OpensWithTalkVerb(raw.AsSpan(who.Length)))
        {
            return null;
        }

        return ProseTalks.QuotedAfter(raw, who) is { } title ? new TalkDraft(TitleText.Display(title), line).With([new Speaker(who, [])]) : null;
    }

    private static readonly string[] ThisMeeting = ["本次会议", "本场会议", "本次活动", "本期活动", "本次", "本场", "本期", "此次"];
    private static readonly string[] ChairLabels = ["主席", "副主席", "主持", "主持人", "接入方式", "参会方式"];

    // `本次会议时间：2023/12/14 19:00-20:00`, `本次会议主席：方某`: a fact of the meeting under its label, no talk.
    private static bool IsMeetingFact(string item)
    {
        if (!item.AsSpan(0, Math.Min(item.Length, 12)).ContainsAny("：:") || !Outline.LabelReader.TrySplit(item, out var label, out _))
        {
            return false;
        }

        var key = TextNormalizer.Key(label);
        var bare = ThisMeeting.FirstOrDefault(lead => key.StartsWith(lead, StringComparison.Ordinal) && key.Length > lead.Length) is { } found ? key[found.Length..] : key;
        return bare != key && (FactLabels.Is(bare) || Array.IndexOf(ChairLabels, bare) >= 0);
    }

    private static TalkDraft? TimedTitle(PageNode node)
    {
        var raw = node.Lines[0];
        if (!SlotText.TryRead(raw, out var slot, out var used, out var impossible) || slot.End is null && !impossible)
        {
            return null;
        }

        if (TitleOnly(raw[used..], node.Line) is not { } talk || Housekeeping.IsHousekeeping(talk.Title))
        {
            return null;
        }

        talk.Slot = impossible ? null : slot;
        return talk;
    }

    // A list counts when half its items read as talks, or when two of them are timed agenda lines (an agenda's breaks
    // and lunches are items too). Lists of bold-lead sessions naming their people count whatever else they hold (booths,
    // meetings) and add up: an abstract between two sessions ends a Markdown list, not the programme. So do timed
    // agenda lists, one per day of a programme (`## Day 1` … `## Day 2` …), and lists under one heading parted by a
    // line (`(first half)` … `(second half)`).
    private static void Keep(List<TalkDraft> best, List<TalkDraft> run, int items, int timed, int leads, bool sameSection = false)
    {
        run.RemoveAll(t => Housekeeping.IsHousekeeping(t.Title));
        if (leads > 0 && run.Count > 0)
        {
            best.AddRange(run);
        }
        else if (run.Count >= 2 && (run.Count * 2 >= items || timed >= 2) && (best.Count == 0 || sameSection || (timed >= 2 && best.TrueForAll(t => t.Slot is not null))))
        {
            best.AddRange(run);
        }
    }

    private static TalkDraft? Read(PageNode node)
    {
        // Cheap shape tests first: most list items are prose bullets that none of the three shapes fits.
        var raw = WithoutChapterMark(node.Lines[0]);
        if (IsMeetingFact(raw))
        {
            return null;
        }

        if (SlotText.TryRead(raw, out var slot, out var used, out var impossible)
            && (PersonThenTitleLine(raw[used..], node) ?? AfterSlot(raw[used..], slot, node.Links, node.Line)
                ?? NameThenBracketedTitle(raw[used..].TrimStart(SlotTrail), node.Links, node.Line)) is { } timed)
        {
            timed.Slot = impossible ? null : slot;
            return timed;
        }

        if (node.Lines is [_, var second, ..] && TitleAboveBy(raw, second, node.Line) is { } aboveBy)
        {
            return aboveBy;
        }

        // `闪电：廖春玉 - title`, `Keynote: title by Jane Doe`: the kind of session before an item says nothing of its people.
        raw = TitleText.WithoutSessionKind(raw);
        if (raw.Length > 0 && raw[^1] is '）' or ')' && LabelledSpeakerInBracket(raw, node.Line) is { } labelledInBracket)
        {
            return labelledInBracket;
        }

        if (raw.Length > 0 && raw[^1] is '）' or ')' or '。' && BracketedSpeaker(raw, null, node.Links, node.Line) is { } slotInBracket)
        {
            return slotInBracket;
        }

        if (raw.Contains('《') && (NameThenBracketedTitle(raw, node.Links, node.Line) ?? BracketedTitleThenPeople(raw, node.Line, node.Links)
            ?? LinkedPersonSpeaksOf(raw, node.Links, node.Line)) is { } named)
        {
            return named;
        }

        if (raw.AsSpan().IndexOfAny('：', ':') > 0 && (TitleThenSpeakerLine(raw, node.Line) ?? TitleColonPeople(raw, node.Line)) is { } labelled)
        {
            return labelled;
        }

        // Only a colon among the first 25 characters ends a name: the rest of a long item is not searched.
        var colon = raw.AsSpan(0, Math.Min(raw.Length, 25)).IndexOfAny('：', ':');
        var nameColon = colon is > 1 and <= 24 && !raw.AsSpan(0, colon).Contains("://", StringComparison.Ordinal);
        var handle = raw.Contains('@');
        if (!node.HasLink && !nameColon && !handle)
        {
            return Untimed(raw, node.Line) ?? TitleThenBracketedPerson(raw, node);
        }

        var text = TitleText.WithoutLeadingSymbols(raw);
        var links = node.Links;
        // `Laptop 原型机：现场上手体验！ by 泽畔`: a colon inside the title, which names no one before it.
        return LinkedTitle(text, links, node.Line)
            ?? LinkedTitleBy(node.Lines.Length > 1 ? TitleText.WithoutLeadingSymbols(WithoutChapterMark(node.Text)) : text, links, node.Line)
            ?? LinkedTitleThenProse(text, links, node.Line)
            ?? (nameColon ? NameColonTitle(text, links, node.Line) : null)
            ?? (handle ? AtHandles(text, node.Line) : null)
            // `_[Nathan Bertram](…)_ - [Rails 3.1 asset pipeline](…)`: the person first, linked to their page, then the talk.
            ?? (links is [var first, ..] && first.Text.Length > 2 && text.StartsWith(first.Text.Trim(), StringComparison.Ordinal) ? PeopleThenTitle(text, node.Line) : null)
            // `**[SKF](project) news** by Jane Doe`: a link inside the title; with a link, only `by` and names make it a talk.
            ?? (node.HasLink ? TimedBy(text, node.Line, ByOnly) ?? PersonOnTopic(text, node.Line) ?? TitleThenHandle(text, links, node.Line) : Untimed(raw, node.Line))
            ?? TitleThenBracketedPerson(raw, node);
    }

    // `[Jutopia 一站式云原生机器学习平台，何昌钦](video)`
    private static TalkDraft? LinkedTitle(string text, (string Text, string Url)[] links, int line)
    {
        if (links.Length != 1 || TitleText.WithoutLeadingSymbols(links[0].Text) is not { Length: > 0 } linkText || text.Length > linkText.Length + 4)
        {
            return null;
        }

        foreach (var separator in TitleSpeakerSeparators)
        {
            var at = linkText.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || SpeakerLine.NamedPeople(linkText[(at + separator.Length)..]) is not { } people)
            {
                continue;
            }

            return new TalkDraft(TitleText.Display(linkText[..at]), line) { ReplayUrl = links[0].Url }.With(people);
        }

        return null;
    }

    private static readonly string[] AfterPeople = [" - ", " – ", " — ", ", ", "; "];

    // `[Error Handling](video) by Bill Kennedy - ideas on…`, `_by_ [_Jane Doe_](profile)`: the linked title, `by` and the
    // people (on the item's next line too), then what the talk is about. The title's link is the talk's recording when it
    // plays one.
    private static TalkDraft? LinkedTitleBy(string text, (string Text, string Url)[] links, int line)
    {
        if (links.Length == 0 || TitleText.WithoutLeadingSymbols(links[0].Text) is not { Length: >= 3 } title
            || !text.StartsWith(title, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text.AsSpan(title.Length).TrimStart();
        if (rest.Length < 4 || !rest.StartsWith("by", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(rest[2]))
        {
            return null;
        }

        var who = rest[3..].ToString().ReplaceLineEndings(" ");
        foreach (var separator in AfterPeople)
        {
            var cut = who.IndexOf(separator, StringComparison.Ordinal);
            who = cut > 0 ? who[..cut] : who;
        }

        if (SpeakerLine.NamedPeople(who.Trim().TrimEnd('-', '–', '—', '.')) is not { } people)
        {
            return null;
        }

        return new TalkDraft(TitleText.Display(title), line) { ReplayUrl = LinkResolver.IsVideoSite(links[0].Url) ? links[0].Url : null }.With(people);
    }

    // `[title](session page) - 在这次演讲中，某司高级工程师 Lin Lin 将分享…`: the linked title, then a sentence about the
    // talk that names its speaker before a verb of speaking. The link is the session's page, neither video nor deck.
    private static TalkDraft? LinkedTitleThenProse(string text, (string Text, string Url)[] links, int line)
    {
        if (links.Length == 0 || TitleText.WithoutLeadingSymbols(links[0].Text) is not { Length: > 3 } title
            || !text.StartsWith(title, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = text.AsSpan(title.Length).TrimStart();
        if (rest.Length < 8 || rest[0] is not ('-' or '–' or '—' or '：' or ':'))
        {
            return null;
        }

        return ProseSpeaker.NamedBeforeVerb(rest.TrimStart("-–—：: ").ToString()) is { } speaker
            ? new TalkDraft(TitleText.Display(title), line).With(speaker)
            : null;
    }

    // `顾承泽(青岩) 《title》 [slides](deck)`: a recap's guest list naming the person first and the talk in 《》, its deck
    // last. Nothing but the deck may follow the title: `发起人带来《title》以及新特性` is prose about a talk.
    private static TalkDraft? NameThenBracketedTitle(string raw, (string Text, string Url)[] links, int line)
    {
        var text = TitleText.WithoutLeadingSymbols(raw);
        var open = text.IndexOf('《');
        if (open < 2 || TitleText.Bracketed(text) is not { Length: >= 2 } title)
        {
            return null;
        }

        var rest = TitleText.AfterBracket(text);
        string? deck = null;
        foreach (var (linkText, url) in links)
        {
            if (linkText.Length > 0 && DeckWords.In(TextNormalizer.Key(linkText)) && rest.Contains(linkText, StringComparison.Ordinal))
            {
                deck ??= url;
                rest = rest.Replace(linkText, "", StringComparison.Ordinal).Trim();
            }
        }

        // The quoted title vouches for a one-word handle before it (`LTaoist：《…》`).
        if (rest.Length > 0 || SpeakerLine.People(TitleText.WithoutItemNumber(text[..open]).Trim(BetweenTitleAndPeople)) is not [var person]
            || !(NameRules.LooksLikeName(person.Name) || IsHandle(person.Name)))
        {
            return null;
        }

        return new TalkDraft(title, line) { SlidesUrl = deck }.With(person);
    }

    private static readonly string[] BeforeSpeakerLine = [" / ", "/", "，", ", ", " | ", "｜", " — ", " – ", " - ", "——"];

    // `Compose 重组原理 / 分享人：周航`, `Title, speaker: Jane Doe`: a title, then a speaker line after a separator.
    private static TalkDraft? TitleThenSpeakerLine(string raw, int line)
    {
        var text = TitleText.WithoutLeadingSymbols(raw);
        foreach (var separator in BeforeSpeakerLine)
        {
            var cut = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut <= 0 || !SpeakerLine.TryRead(text[(cut + separator.Length)..], out var people, out var labelOnly) || labelOnly
                || ItemTitle(text[..cut]) is not { Length: >= 2 } title)
            {
                continue;
            }

            return new TalkDraft(title, line).With(people);
        }

        return null;
    }

    // Who hosts or backs the event (`主办方：…`, `Sponsors: …`): organisations, not a talk's speakers.
    private static readonly WordSet OrganiserWords = new("主办", "协办", "承办", "支持单位", "合作伙伴", "合作单位", "合作媒体", "媒体支持", "赞助",
        "organizer", "organiser", "sponsor", "partner");

    // `Docker 生态社区：喻勇（VMWare）`, `架构浅析 ：孙宏亮/陈星宇（浙大）`: a title, a colon, then nothing but people, the last
    // with their employer in brackets.
    private static TalkDraft? TitleColonPeople(string raw, int line)
    {
        var text = TitleText.WithoutLeadingSymbols(raw).Trim();
        var colon = text.AsSpan().LastIndexOfAny(":：");
        if (colon < 4 || text[^1] is not ('）' or ')') || OrganiserWords.In(text[..colon])
            || SpeakerLine.NamedPeople(text[(colon + 1)..]) is not { } people
            || ItemTitle(text[..colon]) is not { Length: >= 4 } title)
        {
            return null;
        }

        return new TalkDraft(title, line).With(people);
    }

    // `罗毅: Dubbo 的现状与未来规划 [PDF](…)`
    private static TalkDraft? NameColonTitle(string text, (string Text, string Url)[] links, int line)
    {
        var colon = text.AsSpan().IndexOfAny(":：");
        // `赵化冰（某公司资深专家）：title`: a bracket closing the people holds their affiliation or 花名.
        var bracket = colon > 0 ? text.AsSpan(0, colon).IndexOfAny("（(【[") : -1;
        if (colon <= 0 || bracket >= 0 && (bracket == 0 || !ClosesBracket(text.AsSpan(0, colon)))
            || !NamesOnly(text[..(bracket > 0 ? bracket : colon)]) || OrganiserWords.In(text[..colon]))
        {
            return null;
        }

        var key = TextNormalizer.Key(text[..colon]);
        if (DeckWords.In(key) && links is [var (named, deckUrl)] && named.Trim() is { Length: >= 2 } deckTitle && text[(colon + 1)..].Trim() == deckTitle)
        {
            // `幻灯: [高龄程序猿自救指北](…)`: the label says the link is the talk's slides, its text the talk.
            return new TalkDraft(TitleText.Display(deckTitle), line) { SlidesUrl = deckUrl };
        }

        // A link's label (slides, replay, live room) before the colon is no person.
        if (LinkResolver.IsLinkLabel(key) || DeckWords.In(key) || SpeakerLine.NamedPeople(text[..colon]) is not { } people)
        {
            return null;
        }

        var title = text[(colon + 1)..];
        string? deck = null;
        foreach (var (linkText, url) in links)
        {
            if (DeckWords.In(TextNormalizer.Key(linkText)))
            {
                deck ??= url;
                title = title.Replace(linkText, "", StringComparison.Ordinal);
            }
        }

        // `谢益辉：[R语言的历史背景…](history.ppt)（[R代码](code.txt)）`: the title is the link to its deck, and a bracket of
        // other links after it (the code, a second copy) is no part of the title.
        if (links is [var (titleText, titleUrl), ..] && titleText.Trim() is { Length: >= 2 } linked && title.TrimStart() is var opening
            && opening.StartsWith(linked, StringComparison.Ordinal) && opening[linked.Length..] is var after
            && (after.Trim().Length == 0 || LinksInBrackets(after, links.AsSpan(1))))
        {
            title = titleText;
            deck ??= LinkResolver.IsDeckFile(titleUrl) ? titleUrl : null;
        }

        title = TitleText.Display(TrimDangling(title.Trim()));
        // `**Watch Sessions:** Recordings are on the channel.`: a sentence after a bold label describes it; talk
        // titles do not end with a full stop, nor with the semicolon of a list of steps (`- 提交：提交 PR 等待 review；`).
        // `高校：对外经贸大学、中南大学、北京大学、…`: a list of members under a category, no talk.
        if (title.Length < 2 || title[^1] is '.' or '。' or '；' or ';' || title.AsSpan().Count('、') >= EnumerationCommas)
        {
            return null;
        }

        return new TalkDraft(title, line) { SlidesUrl = deck }.With(people);
    }

    // What a removed link leaves at the end (`title [`, `title (`, `title，`), but not the bracket that closes one the title
    // opened (`Pole Position with AWS Ops [Level 200]`).
    private static string TrimDangling(string title)
    {
        var end = title.Length;
        while (end > 0 && title[end - 1] is '[' or ']' or '(' or ')' or '，' or ',' or '-' or ' '
            && !(title[end - 1] is ']' or ')' && Balanced(title.AsSpan(0, end))))
        {
            end--;
        }

        return title[..end];
    }

    private static bool Balanced(ReadOnlySpan<char> text) => text.Count('[') == text.Count(']') && text.Count('(') == text.Count(')');

    private static bool ClosesBracket(ReadOnlySpan<char> head) =>
        head.TrimEnd() is [.., '）' or ')'] trimmed && trimmed.IndexOfAny("【[") < 0 && trimmed.Count('（') + trimmed.Count('(') == 1;

    // A title holds a few enumeration commas at most (`DevSecOps、Envoy、KubeVela`); a category's list of members, many.
    private const int EnumerationCommas = 5;

    // `（[R代码](…)）`, ` ([Google Docs](…), [video](…))`: nothing but brackets around the texts of the given links.
    private static bool LinksInBrackets(string text, ReadOnlySpan<(string Text, string Url)> links)
    {
        var rest = text;
        foreach (var (linkText, _) in links)
        {
            rest = rest.Replace(linkText, "", StringComparison.Ordinal);
        }

        return links.Length > 0 && rest.AsSpan().Trim().ContainsAnyExcept("()（）[]【】,，、 ") is false;
    }

    // An item without a time, link or colon: `**Title** by Jane Doe`, `Title — Jane Doe (Acme)`, or the speaker first,
    // `Jane Doe (Acme) — Title`.
    private static TalkDraft? Untimed(string raw, int line)
    {
        var text = TitleText.WithoutLeadingSymbols(raw);
        var glued = text.IndexOf("-- ", StringComparison.Ordinal);
        if (glued > 0 && char.IsLetterOrDigit(text[glued - 1]))
        {
            // `kakashi-- title`: a double dash never joins a word, so one glued to the name still parts it from the title.
            text = text.Insert(glued, " ");
        }

        return PeopleThenTitle(text, line) ?? TimedBy(text, line, UntimedSpeakerSeparators) ?? PeopleBeforeDash(text, line, OnePersonThenTitle)
            ?? PersonOnTopic(text, line) ?? TitleThenHandle(text, [], line) ?? TitleCommaChineseName(text, line);
    }

    // `深度音乐播放器的开发故事，侯少辉`: a Chinese name, surname first, after the title's last comma; `我与联创团队，嘉宾待定`
    // names a speaker still to come, a talk without one yet.
    private static TalkDraft? TitleCommaChineseName(string text, int line)
    {
        var comma = text.AsSpan().LastIndexOfAny('，', ',');
        if (comma < 4 || ItemTitle(text[..comma]) is not { Length: >= 4 } title || Housekeeping.IsHousekeeping(title))
        {
            return null;
        }

        var name = text[(comma + 1)..].Trim();
        return name.Length is >= 2 and <= 3 && NameRules.IsSurnamedChineseName(name) ? new TalkDraft(title, line).With(new Speaker(name, []))
            : name.Length <= 6 && SpeakerLine.IsPlaceholder(name) ? new TalkDraft(title, line)
            : null;
    }

    // `古南邮掌握 io_uring 的神 - dreamlike`, `[Head First GNU/Emacs](./emacs) - Moroshima`: a one-word handle after the
    // last dash names the speaker of a Chinese or a linked title (the mirror of `MaskRay - 讨论…`). A Chinese title may
    // run into its dash (`竞赛算法在工程中的应用- Sy11`). A word inside a link's text names the link's site
    // (`[源码学习 - YouTube](…)`), and a site's name is no person.
    private static TalkDraft? TitleThenHandle(string text, (string Text, string Url)[] links, int line)
    {
        var cut = text.LastIndexOf("- ", StringComparison.Ordinal);
        if (cut <= 0 || !(text[cut - 1] == ' ' || NameRules.IsHan(text[cut - 1])))
        {
            return null;
        }

        var handle = text[(cut + 2)..].Trim();
        if (!IsHandle(handle) || LayoutChain.IsLinkLabel(handle) || Array.Exists(links, l => l.Text.Contains(handle, StringComparison.Ordinal)))
        {
            return null;
        }

        var head = text[..cut].Trim();
        var linked = links is [var link, ..] && TitleText.WithoutLeadingSymbols(link.Text) == TitleText.WithoutLeadingSymbols(head);
        return (linked || head.Any(NameRules.IsHan)) && ItemTitle(head) is { Length: >= 2 } title && !Housekeeping.IsHousekeeping(title)
            ? new TalkDraft(title, line).With([new Speaker(handle, [])])
            : null;
    }

    // `Peter Reutemann on package management`: meeting notes name a talk by its speaker and what they spoke on.
    private static TalkDraft? PersonOnTopic(string text, int line)
    {
        var on = text.IndexOf(" on ", StringComparison.Ordinal);
        return on > 3 && text[..on] is var who && who.Contains(' ') && !who.Any(NameRules.IsHan) && ItemTitle(text[(on + 4)..]) is { Length: >= 3 } title
            && NamesThenTitle(who, title) is { } people
                ? new TalkDraft(title, line).With(people)
                : null;
    }

    // `陆旭凡、汪辰 - title`, `MaskRay - 讨论 RISC-V 的链接松弛`: the people first, when the words before the dash are
    // nothing but names (or one handle before a Chinese title) and the words after it are no name (`Cloud Native - Jane
    // Doe` is a title, then its speaker).
    internal static TalkDraft? PeopleThenTitle(string text, int line) => PeopleBeforeDash(text, line, NamesThenTitle);

    /// <summary>A cell or line that names its people before its title, after a dash or a colon (<c>Jane Doe - title</c>,
    /// <c>Jane Doe: title</c>).</summary>
    internal static TalkDraft? PeopleFirst(string text, int line) => PeopleThenTitle(text, line) ?? NameColonTitle(text, [], line);

    private static IEnumerable<Speaker>? NamesThenTitle(string before, string title)
    {
        // `Jon Handler - Senior Principal Solution Architect, Acme`: a speaker list's person and their job, no talk. A
        // person with their employer in brackets is the speaker whatever the title looks like (`Dave Kendall (Advanced
        // Radiology Services) - Word Clouds`).
        before = before.Trim();
        if (NameRules.IsJobTitle(title))
        {
            return null;
        }

        if (NameWithBracketedEmployer(before) is { } employed)
        {
            return [employed];
        }

        if (NamesOnly(title))
        {
            return null;
        }

        if (IsHandle(before) && title.Any(NameRules.IsHan))
        {
            return [new Speaker(before, [])];
        }

        // A Han word in front must open with a common surname: `圆桌讨论 - title` names a session, not its people.
        return NamesOnly(before) && SpeakerLine.People(before) is [_, ..] people
            && people.TrueForAll(p => NameRules.LooksLikeName(p.Name) && (!NameRules.IsChineseName(p.Name) || NameRules.IsSurnamedChineseName(p.Name)))
            ? people
            : null;
    }

    private static Speaker? NameWithBracketedEmployer(string text) =>
        text.EndsWith(')') && SpeakerLine.People(text) is [{ Affiliation: not null } person] && NameRules.LooksLikeName(person.Name) ? person : null;

    // `Jane Roe (Acme) — title`, tried after the title-first reading: one person before the dash, no name after it.
    private static IEnumerable<Speaker>? OnePersonThenTitle(string before, string title) =>
        !NameRules.LooksLikeName(title) && !NameRules.IsJobTitle(title) && SpeakerLine.People(before) is [var person] && NameRules.LooksLikeName(person.Name) ? [person] : null;

    // The people the reading accepts in the words before the first dash, and the title after it.
    private static TalkDraft? PeopleBeforeDash(string text, int line, Func<string, string, IEnumerable<Speaker>?> people)
    {
        foreach (var separator in UntimedSpeakerSeparators.AsSpan(1))
        {
            var cut = text.IndexOf(separator, StringComparison.Ordinal);
            if (cut > 0 && ItemTitle(text[(cut + separator.Length)..]) is { Length: >= 3 } title && people(text[..cut], title) is { } found)
            {
                return new TalkDraft(title, line).With(found);
            }
        }

        return null;
    }

    // `MaskRay`, `Mohanson`, `li-jin-gou`: a one-word nickname in Latin letters, not a role, the kind of session or a
    // placeholder for a speaker not found yet (`TBD - 欢迎投稿` is no talk).
    internal static bool IsHandle(string word) =>
        word.Length is >= 3 and <= 20 && char.IsAsciiLetter(word[0]) && !word.AsSpan().ContainsAnyExcept(HandleCharacters)
        && !NameRules.IsRoleWord(word) && !TitleText.IsSessionKind(word) && !Placeholders.Contains(word);

    private static readonly HashSet<string> Placeholders = new(["TBD", "TBA", "TBC"], StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> HandleCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    // `09:00 ~ 09:15 am - Kubernetes Scheduling Updates by Jane Doe (Acme)`: an agenda line naming its speaker after
    // `by`, a colon, or a dash or bar (`14:00-14:40 Title — Jane Doe (Acme)`, `14:00 议题 | 张三（某司）`).
    private static TalkDraft? TimedBy(string rest, int line, string[]? separators = null)
    {
        var text = TitleText.WithoutLeadingSymbols(rest.TrimStart(SlotTrail));
        var meridiem = text.StartsWith("am ", StringComparison.OrdinalIgnoreCase) || text.StartsWith("pm ", StringComparison.OrdinalIgnoreCase);
        text = (meridiem ? text[3..] : text).TrimStart(SlotTrail);
        foreach (var separator in separators ?? TimedSpeakerSeparators)
        {
            var cut = LastIndexOfSeparator(text, separator);
            if (cut <= 0)
            {
                continue;
            }

            var head = WithoutQuestions(text[..cut]);
            var after = text[(cut + separator.Length)..];
            if ((SpeakerLine.NamedPeople(after) ?? (separator == " by " && IsQuoted(head) ? FirstNames(after) : null)) is not { } people)
            {
                continue;
            }

            return new TalkDraft(ItemTitle(head), line).With(people);
        }

        return null;
    }

    // `* Iteration Protocol in Python (20 min)` with `by Yogesh` on the item's next line: the line that opens with `by`
    // names the people of the line above, first names included, as a quoted title's `by` does.
    private static TalkDraft? TitleAboveBy(string raw, string second, int line)
    {
        if (!second.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || raw.Contains(" by ", StringComparison.OrdinalIgnoreCase)
            || ItemTitle(WithoutLength(TitleText.WithoutLeadingSymbols(raw))) is not { Length: >= 2 } title || Housekeeping.IsHousekeeping(title))
        {
            return null;
        }

        var after = second[3..].Trim();
        return (SpeakerLine.NamedPeople(after) ?? FirstNames(after)) is { } people ? new TalkDraft(title, line).With(people) : null;
    }

    // `"When lifetimes give you lemons" and Q&A by …`: the questions after a talk are no part of its title.
    private static string WithoutQuestions(string head)
    {
        foreach (var tail in QuestionTails)
        {
            if (head.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
            {
                return head[..^tail.Length].TrimEnd();
            }
        }

        return head;
    }

    private static readonly string[] QuestionTails = [" and Q&A", " & Q&A", " + Q&A", " with Q&A", " and questions"];

    private static bool IsQuoted(string title) =>
        title.Length > 2 && (title[0], title[^1]) is ('"', '"') or ('“', '”') or ('《', '》');

    // `"Duke nukem" by Jeppe and Rasmus`: after a quoted title, `by` introduces its people even by first names alone,
    // or by full names among them (`Jane Doe and Ravi`).
    private static List<Speaker>? FirstNames(string text)
    {
        var people = new List<Speaker>();
        foreach (var part in text.Split([" and ", " & ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.TrimEnd('.', ' ');
            if (!NameRules.IsFirstName(name, longest: 24) && !NameRules.LooksLikeName(name))
            {
                return null;
            }

            people.Add(new Speaker(name, []));
        }

        return people.Count > 0 ? people : null;
    }

    // Only letters have case: a separator of dashes, bars and spaces is found at the same place ordinally, without the
    // slow case-blind search through Chinese text.
    private static StringComparison CaseFor(string separator) =>
        separator.AsSpan().ContainsAnyExcept(Caseless) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Built once: a literal set holding non-ASCII characters is searched without a lookup made on every call.
    private static readonly SearchValues<char> Caseless = SearchValues.Create(" -–—|｜:：");

    // ` by ` in any case is found only in a text holding a b (no other letter folds to one): most items hold none, and
    // the case-blind search through Chinese text is slow.
    private static int LastIndexOfSeparator(string text, string separator) =>
        separator == " by " && !text.AsSpan().ContainsAny('b', 'B') ? -1 : text.LastIndexOf(separator, CaseFor(separator));

    private static readonly char[] BetweenTitleAndPeople = [' ', '-', '–', '—', '|', '｜', ':', '：', ',', '，'];

    // `14:00-14:40 《title》 张三（某司）`, `《title》 — 讲师：张三（某司）— [PPT 下载](deck)`, `5:30 PM — "title", Wei Chen,
    // Example Corp`: a bracketed or quoted title, then only the people who give it (under a speaker label or not) and the deck.
    private static TalkDraft? BracketedTitleThenPeople(string rest, int line, (string Text, string Url)[]? links = null)
    {
        var text = TitleText.WithoutLeadingSymbols(rest.TrimStart(SlotTrail));
        if (!TitleText.TryOpeningQuote(text, out var title, out var after) || title.Length < 2)
        {
            return null;
        }

        after = after.Trim(BetweenTitleAndPeople);
        string? deck = null;
        foreach (var (linkText, url) in links ?? [])
        {
            if (linkText.Length > 0 && DeckWords.In(TextNormalizer.Key(linkText)) && after.EndsWith(linkText, StringComparison.Ordinal))
            {
                deck ??= url;
                after = after[..^linkText.Length].Trim(BetweenTitleAndPeople);
            }
        }

        // `讲师 张伟 某公司`: a speaker word set off by a space instead of a colon.
        var space = after.IndexOf(' ');
        if (space > 0 && SpeakerLine.IsLabel(after[..space]))
        {
            after = after[(space + 1)..].Trim();
        }

        IReadOnlyList<Speaker> people = after.Length == 0 ? []
            : SpeakerLine.TryRead(after, out var labelled, out _) ? labelled
            : SpeakerLine.People(after);
        if (people.Count == 0 || !people.All(p => NameRules.LooksLikeName(p.Name)))
        {
            return null;
        }

        return new TalkDraft(title, line) { SlidesUrl = deck }.With(people);
    }

    // `第一天：Kubernetes 基础（讲师：魏来）`, `Intro to eBPF (Speaker: Jane Doe)`: the speaker under a label in the closing
    // bracket; a short part label before the title (`第一天：`, `Day 1:`) is not part of it.
    private static TalkDraft? LabelledSpeakerInBracket(string raw, int line)
    {
        var text = TitleText.WithoutLeadingSymbols(raw);
        var open = text.AsSpan().LastIndexOfAny("（(");
        if (open < 2 || !SpeakerLine.TryRead(text[(open + 1)..^1], out var people, out var labelOnly) || labelOnly || people.Count == 0)
        {
            return null;
        }

        var title = text[..open].Trim();
        var part = title.AsSpan(0, Math.Min(title.Length, 8)).IndexOfAny('：', ':');
        title = ItemTitle(part > 0 ? title[(part + 1)..] : title);
        if (title.Length < 2)
        {
            return null;
        }

        return new TalkDraft(title, line).With(people);
    }

    // `14:00 - 14:40 title（某司 & Committer  张三）[PPT](deck)` or `title（某司-张三 14:00-14:20）`: the speaker last in a
    // closing bracket, after an affiliation and a space or a dash; the slot before the title or last in the bracket. Only
    // a timed item reads so: an untimed `title（Go 语言）` is a title with a remark.
    // The language a session is given in and whether it is streamed, written after the speaker's name.
    private static readonly FrozenSet<string> SessionNotes = FrozenSet.ToFrozenSet(
        ["中文", "英文", "双语", "English", "Chinese", "直播", "不直播", "录播", "线上", "现场", "live", "recorded", "remote"], StringComparer.OrdinalIgnoreCase);

    private static string WithoutSessionNotes(string inner)
    {
        if (inner.AsSpan().IndexOfAny('，', ',') < 0)
        {
            return inner;
        }

        var kept = inner.Split(['，', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(part => !SessionNotes.Contains(part)).ToArray();
        return kept.Length == 0 ? inner : string.Join(", ", kept);
    }

    private static TalkDraft? BracketedSpeaker(string text, TimeSlot? slot, (string Text, string Url)[] links, int line)
    {
        string? deck = null;
        text = TitleText.WithoutLeadingSymbols(text.TrimStart(SlotTrail));
        foreach (var (linkText, url) in links)
        {
            if (DeckWords.In(TextNormalizer.Key(linkText)) && text.EndsWith(linkText, StringComparison.Ordinal))
            {
                deck ??= url;
                text = text[..^linkText.Length].TrimEnd();
            }
        }

        text = text.TrimEnd('。', '.', ' ');
        var open = TrailingBracket(text);
        if (open < 2)
        {
            return null;
        }

        var inner = text[(open + 1)..^1].Trim();
        var space = inner.LastIndexOf(' ');
        if (slot is null && space > 0 && SlotText.TryRead(inner[(space + 1)..], out var inside, out var used, out var impossible)
            && used == inner.Length - space - 1)
        {
            slot = impossible ? null : inside;
            inner = inner[..space].TrimEnd();
            space = -2;
        }

        if (slot is null)
        {
            return null;
        }

        if (ItemTitle(text[..open]) is not { Length: >= 2 } title)
        {
            return null;
        }

        // `（Viral Shah，英文）`, `（谭磊，中文，不直播）`: how the session is given is said after the name, and is no part of it.
        inner = WithoutSessionNotes(inner);

        // `(Nina Keller, Swisscom)`: the name first, the employer after a comma.
        var cut = inner.AsSpan().LastIndexOfAny(" -－&/");
        var name = inner[(cut + 1)..];
        var speaker = NameRules.LooksLikeName(inner) && inner.Contains(' ') && !inner.Contains(',') ? new Speaker(inner, [])
            : NameRules.LooksLikeName(name) ? new Speaker(name, [], cut < 0 ? null : inner[..cut].Trim(' ', '-', '－', '&', '/'))
            : inner.Contains(',') && SpeakerLine.People(inner) is [var named] && NameRules.LooksLikeName(named.Name) ? named
            : null;
        if (speaker is null)
        {
            return null;
        }

        return new TalkDraft(title, line) { SlidesUrl = deck, Slot = space == -2 ? slot : null }.With(speaker);
    }

    // What stands between an agenda slot and its title: `14:00 - title`, `19:30 — title`, `14:00 | title`, `14:00：title`.
    private static readonly char[] SlotTrail = [' ', '-', '–', '—', '|', '｜', ':', '：', '，', ','];

    private static readonly string[] BeforeRole = [" - ", " – ", " — ", "，", ", ", " / "];

    // `Design patterns 101 (Ritesh - Software Engineer at Cyware)`, `服务网格实践（张三，某公司）`: a title, then its speaker
    // in brackets, their role or employer after a dash or a comma.
    private static TalkDraft? TitleThenBracketedPerson(string raw, PageNode node)
    {
        var talk = TitleThenBracketedPeople(raw, node.Line, node.LeadingBold);
        talk?.SlidesUrl = DeckOnLaterLine(node);
        return talk;
    }

    private static readonly string[] PeopleJoints = [" & ", " and "];

    /// <summary>A title, then its speakers in brackets with their role or employer after a dash or a comma
    /// (<c>Platforms on Kubernetes (Ramiro Doe &amp; Arsh Roe, Okteto)</c>).</summary>
    /// <param name="leadingBold">The line's bold opening: after a bold title a first name alone names someone.</param>
    internal static TalkDraft? TitleThenBracketedPeople(string raw, int line, string? leadingBold = null)
    {
        var text = TitleText.WithoutLeadingSymbols(raw).TrimEnd('。', '.', ' ');
        var open = TrailingBracket(text);
        // `Jane Doe (Class of 2023 - Intern at Acme)`: a panel's people, each with their role, are no talks.
        if (open < 4 || ItemTitle(text[..open].TrimEnd()) is not { Length: >= 4 } title || NameRules.LooksLikeName(title))
        {
            return null;
        }

        var inner = WithoutSessionNotes(text[(open + 1)..^1].Trim());
        var cut = -1;
        var width = 0;
        foreach (var separator in BeforeRole)
        {
            var at = inner.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (cut < 0 || at < cut))
            {
                (cut, width) = (at, separator.Length);
            }
        }

        var name = (cut < 0 ? inner : inner[..cut]).Trim();
        var role = cut < 0 ? null : inner[(cut + width)..].Trim();
        var affiliation = string.IsNullOrEmpty(role) ? null : role;
        // A first name alone only with the role after it or after a bold title (`**Intro to Flask** (Walter)`):
        // `Lightning talks (Online)`, `Workshop (Beginner)` name no one.
        var firstName = (role is { Length: > 0 } || leadingBold == text[..open].Trim()) && NameRules.IsFirstName(name, longest: 20);
        if (NameRules.LooksLikeName(name) && (name.Contains(' ') || NameRules.IsHan(name[0])) || firstName)
        {
            return new TalkDraft(title, line).With(new Speaker(name, [], affiliation));
        }

        // `(Ramiro Doe & Arsh Roe, Okteto)`: two people of one employer.
        var names = name.Split(PeopleJoints, StringSplitOptions.TrimEntries);
        return names.Length > 1 && Array.TrueForAll(names, n => n.Contains(' ') && NameRules.LooksLikeName(n))
            ? new TalkDraft(title, line).With(names.Select(n => new Speaker(n, [], affiliation)))
            : null;
    }

    // Where the bracket that ends an item opens (`title（张三，某公司）`), or -1.
    private static int TrailingBracket(string text) =>
        text.Length > 4 && text[^1] is '）' or ')' ? text.AsSpan().LastIndexOfAny("（(") : -1;

    // `Slides for Ritesh's talk can be found [here](…)` on the item's next line: the talk's deck.
    private static string? DeckOnLaterLine(PageNode node)
    {
        for (var i = 1; i < node.Lines.Length; i++)
        {
            if (!DeckWords.In(TextNormalizer.Key(node.Lines[i])))
            {
                continue;
            }

            foreach (var (text, url) in node.Links)
            {
                if (text.Length > 0 && node.Lines[i].Contains(text, StringComparison.Ordinal))
                {
                    return url;
                }
            }
        }

        return null;
    }

    // `《title》`, `"title"`, `“title”`: the marks around a whole title are not part of it, nor is the numbering before
    // it (`Talk 1: "title"`).
    private static string ItemTitle(string text)
    {
        var title = TitleText.WithoutTalkNumber(TitleText.Display(text));
        return IsQuoted(title) && title.AsSpan(1, title.Length - 2).IndexOfAny(title[0], title[^1]) < 0
            ? title[1..^1].Trim()
            : title;
    }

    private static readonly SearchValues<char> NameSeparators = SearchValues.Create("、&/,，");

    // Before the costly reading of people: every part between separators must look like a name.
    private static bool NamesOnly(string text)
    {
        // Cut by hand: a split on a literal list of non-ASCII separators builds its lookup on every call.
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny(NameSeparators);
            var part = (at < 0 ? rest : rest[..at]).Trim();
            if (part.Length > 0 && !NameRules.LooksLikeName(part.ToString().Replace("*", "", StringComparison.Ordinal)))
            {
                return false;
            }

            if (at < 0)
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }
    }

    // `🛠️Claude Code 在开发中的使用 @hu-qi`, `Python 中文社区【开源松】@TechQuery`
    private static readonly string[] HandleConnectors = ["talks about ", "talking about ", "about ", "on ", "for ", "with ", "presents "];

    private static TalkDraft? AtHandles(string text, int line)
    {
        var handles = Handle().Matches(text).Select(m => m.Groups[1].Value).ToList();
        var title = TitleText.Display(Handle().Replace(text, " ")).TrimEnd('，', ',', '、', '-', ' ');
        var open = title.EndsWith(')') ? title.LastIndexOf('(') : -1;
        var bracketed = open >= 0 && title.AsSpan(open + 1, title.Length - open - 2).IsWhiteSpace();
        title = bracketed ? title[..open].TrimEnd() : title;
        // `Phil Freeman (@paf31)`: a person and their handle, an attendee list's line, no talk.
        if (handles.Count == 0 || title.Length < 2 || (bracketed && NameRules.LooksLikeName(title)))
        {
            return null;
        }

        // `@tisonkun about Community Growth`, `@WenyXu for using OpenDAL in GreptimeDB`: the word that joins the person to
        // the subject is not part of the title.
        foreach (var connector in HandleConnectors)
        {
            if (title.StartsWith(connector, StringComparison.OrdinalIgnoreCase) && title.Length > connector.Length + 2)
            {
                title = title[connector.Length..].TrimStart();
                break;
            }
        }

        // `Title 吴京京，@wj-Mcat`: a surnamed Chinese name right before the one handle is the person, the handle their alias.
        var space = title.LastIndexOf(' ');
        if (handles.Count == 1 && space > 0 && text.TrimEnd().EndsWith(handles[0], StringComparison.Ordinal) && title[(space + 1)..] is var name
            && NameRules.IsSurnamedChineseName(name))
        {
            return new TalkDraft(title[..space].TrimEnd(), line).With(new Speaker(name, [handles[0]]));
        }

        return new TalkDraft(title, line).With(handles.Select(h => new Speaker(h, [])));
    }

    // `0:08:15 title …`, a recording's chapters: the place in the video (hours, minutes and seconds) is no part of the item.
    private static string WithoutChapterMark(string raw)
    {
        var i = 0;
        while (i < raw.Length && i < 3 && char.IsAsciiDigit(raw[i]))
        {
            i++;
        }

        var mark = raw.AsSpan(Math.Min(i, raw.Length));
        return i is >= 1 and <= 2 && mark.Length > 7 && mark[0] == ':' && char.IsAsciiDigit(mark[1]) && char.IsAsciiDigit(mark[2]) && mark[3] == ':'
            && char.IsAsciiDigit(mark[4]) && char.IsAsciiDigit(mark[5]) && mark[6] == ' '
            ? raw[(i + 7)..].TrimStart()
            : raw;
    }
}
