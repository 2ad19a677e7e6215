using System.Text.RegularExpressions;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>A page that is one session and has no agenda: its one talk is the page's title (without the series
/// prefix, <see cref="SeriesPrefix"/>), given by the people its guest list or a speaker line names, else by the
/// description's sentence that names who speaks, else by the front-matter author on a page that gives the session's
/// hour (<see cref="TalkContext.HasHour"/>), where the author is the presenter.</summary>
internal static partial class SessionTalk
{
    public static List<TalkDraft> Assemble(TalkContext context, PageView page, List<Speaker> guests, string? author)
    {
        var title = Announced(page) ?? SeriesPrefix.Strip(context.Theme is { } theme ? ThemeTitle.From(theme) ?? context.PageTitle : context.PageTitle);
        if (title.Length == 0)
        {
            return [];
        }

        IReadOnlyList<Speaker> people = guests.Count > 0 ? guests : Labelled(page);
        if (people.Count == 0 && (PresentedBy(page) ?? SpeakerIs(page)) is { } presenter)
        {
            people = [presenter];
        }

        if (people.Count == 0 && BioOpening(page) is { } bio)
        {
            people = [bio];
        }

        if (people.Count == 0 && ProseSpeaker.NamedBeforeVerb(context.Description ?? "") is { } described)
        {
            // `description: 腾讯云高级产品经理方坤丁分享如何…`: the summary names who gives the session.
            people = [described];
        }

        // An author the page's title names (`author: openEuler` on `openEuler 西安用户组 Meetup`) is the community writing
        // about its own event, not a presenter.
        if (people.Count == 0 && author is not null && context.HasHour && !context.PageTitle.Contains(author, StringComparison.OrdinalIgnoreCase))
        {
            people = SpeakerLine.People(author).FindAll(p => !NameRules.IsHost(p.Name));
        }

        return people.Count == 0 ? [] : [new TalkDraft(WithoutPresenter(title, people), 1).With(people)];
    }

    // `Test Driven Development with Greg Orton`: the title names the person its page says gives the session.
    private static string WithoutPresenter(string title, IReadOnlyList<Speaker> people)
    {
        foreach (var joint in PresenterJoints)
        {
            if (title.EndsWith(joint + people[0].Name, StringComparison.Ordinal) && title.Length > joint.Length + people[0].Name.Length + 3)
            {
                return title[..^(joint.Length + people[0].Name.Length)].TrimEnd(' ', '-', ':', ',');
            }
        }

        return title;
    }

    private static readonly string[] PresenterJoints = [" with ", " by ", " - ", " – ", ": "];

    // `Presented by @TimerChen. Some demos are not included yet.`: the sentence that says who gives the page's session,
    // by name or by handle, near the top of the page.
    private static Speaker? PresentedBy(PageView page)
    {
        foreach (var node in OpeningParagraphs(page, 6))
        {
            var line = node.Lines[0].TrimStart();
            if (!line.StartsWith("Presented by ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = line["Presented by ".Length..];
            var end = rest.AsSpan().IndexOfAny(".,;(（。，");
            var name = (end < 0 ? rest : rest[..end]).Trim().TrimStart('@');
            // A handle opens with a letter here: `Presented by 20 members …` names no one.
            return NameRules.LooksLikeName(name) || (name.Length > 0 && char.IsAsciiLetter(name[0]) && SpeakerLine.LooksLikeHandle(name))
                ? new Speaker(name, [])
                : null;
        }

        return null;
    }

    // `本次分享主讲人是 @李盛洲 学长`, `本期嘉宾为王五老师`: a sentence near the top that says who the speaker is, by a name or
    // a handle, with the way a campus addresses them after it.
    private static Speaker? SpeakerIs(PageView page)
    {
        foreach (var node in OpeningParagraphs(page, 8))
        {
            if (SpeakerSentence().Match(node.Text) is not { Success: true } m)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            foreach (var honorific in Honorifics)
            {
                name = name.Length > honorific.Length + 1 && name.EndsWith(honorific, StringComparison.Ordinal) ? name[..^honorific.Length] : name;
            }

            return NameRules.IsChineseName(name) || (m.Groups["at"].Success && SpeakerLine.LooksLikeHandle(name)) ? new Speaker(name, []) : null;
        }

        foreach (var node in OpeningParagraphs(page, 8))
        {
            if (EnglishSpeakerSentence().Match(node.Text) is { Success: true } m && NameRules.LooksLikeName(m.Groups["name"].Value))
            {
                return new Speaker(m.Groups["name"].Value, []);
            }
        }

        return null;
    }

    // `Our speaker is Ryan Bergman.`, `Our speaker Greg Orton has spent …`, `This month's guest speaker will be Jane Doe`.
    [GeneratedRegex(@"\b(?i:our|this month's|tonight's|the evening's)\s+(?i:guest\s+|featured\s+|main\s+)?(?i:speaker|presenter)(?:\s+(?i:this\s+month|tonight|this\s+evening))?(?:\s+(?i:is|will\s+be))?,?\s+(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishSpeakerSentence();

    // `Our first talk will be:` alone, then `Embedded Rust, by example of RIOT-OS applications`: the line after the
    // announcing one is the session's title, when it reads as one (short, no sentence's full stop).
    private static string? Announced(PageView page)
    {
        var announced = false;
        foreach (var node in OpeningParagraphs(page, 8))
        {
            var text = node.Lines[0].Trim();
            if (announced)
            {
                return node.Lines.Length == 1 && text.Length is >= 4 and <= 120 && !text.EndsWith('.') ? TitleText.Display(text) : null;
            }

            announced = node.Lines.Length == 1 && TalkWillBe().IsMatch(text);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:talk|topic|presentation|session|speaker's\s+topic)\s+(?:will\s+be|is|for\s+tonight\s+is)\s*:$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalkWillBe();

    // The first paragraphs of the page that hold text: where a page says who gives its session, if it says so at all.
    private static IEnumerable<PageNode> OpeningParagraphs(PageView page, int count)
    {
        var paragraphs = 0;
        foreach (var node in page.Nodes)
        {
            if (node.IsParagraph && node.Lines.Length > 0)
            {
                if (++paragraphs > count)
                {
                    yield break;
                }

                yield return node;
            }
        }
    }

    // The honorifics a recap writes after a name, and a campus club's for its senior students (`@李盛洲 学长`).
    private static readonly string[] Honorifics = ["学长", "学姐", .. ProseSpeaker.Honorifics];

    [GeneratedRegex(@"(?:主讲人|主讲嘉宾|分享嘉宾|分享人|讲师|本期嘉宾)(?:是|为|為)\s*(?<at>@)?\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,6}|[A-Za-z][\w.-]{1,30})",
        RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerSentence();

    // `Alex Example is a recent graduate … the lead organizer … you can find him on GitHub`: a paragraph after the first
    // that opens with a full name and `is` and speaks of that person (he, she, they) is the bio of the session's speaker.
    private static Speaker? BioOpening(PageView page)
    {
        var paragraphs = 0;
        foreach (var node in page.Nodes)
        {
            if (!node.IsParagraph || node.ListDepth > 0 || node.Lines.Length == 0 || ++paragraphs == 1)
            {
                continue;
            }

            var text = node.Text;
            var verb = text.IndexOf(" is ", StringComparison.Ordinal);
            var name = verb is >= 5 and <= 40 ? text[..verb] : "";
            if (name.Split(' ').Length is >= 2 and <= 3 && NameRules.LooksLikeName(name) && PersonWords.In(text))
            {
                return new Speaker(name, []);
            }
        }

        return null;
    }

    private static readonly Text.WordSet PersonWords = new(" he ", " she ", " his ", " her ", " him ", " they ", " their ");

    // `讲师：马景贺` anywhere (`### 演讲嘉宾：向宇 某社区发起人` too), or `## 分享嘉宾` with the names on the next line.
    internal static IReadOnlyList<Speaker> Labelled(PageView page)
    {
        var awaiting = false;
        foreach (var node in page.Nodes)
        {
            if (node.Kind == NodeKind.Heading)
            {
                var isLabel = SpeakerLine.TryRead(TitleText.HeadingCore(node.Text), out var named, out var labelOnly, page.People);
                if (isLabel && named.Count > 0)
                {
                    return named;
                }

                awaiting = isLabel && labelOnly;
                continue;
            }

            if (node.Block is Markdig.Extensions.Tables.Table table && InFactsTable(table, page) is { Count: > 0 } listed)
            {
                return listed;
            }

            if (!node.IsParagraph || node.Lines.Length == 0)
            {
                continue;
            }

            if (awaiting)
            {
                return page.People.Of(node.Lines[0]);
            }

            foreach (var line in node.Lines)
            {
                if (SpeakerLine.TryRead(line, out var people, out var namesFollow, page.People) && people.Count > 0)
                {
                    return people;
                }

                awaiting |= namesFollow;
            }
        }

        return [];
    }

    // `| 嘉宾 | 程远，某智能 推理平台负责人 |`: a row of a two-column table of facts.
    private static IReadOnlyList<Speaker> InFactsTable(Markdig.Extensions.Tables.Table table, PageView page)
    {
        foreach (var block in table)
        {
            if (block is Markdig.Extensions.Tables.TableRow { IsHeader: false, Count: 2 } row
                && Outline.LabelReader.CellParagraph(row[1]) is { } value && SpeakerWords.IsPeopleLabel(AgendaTableLayout.LabelKey(row)))
            {
                return page.People.Of(Outline.InlineLines.PlainText(value.Inline).Trim());
            }
        }

        return [];
    }
}
