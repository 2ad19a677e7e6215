using System.Collections.Immutable;
using System.Buffers;
using Bot.Core.Events;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>The most common talk shape in any community's pages: a title-like line (a heading, a bold paragraph or a
/// <c>议题：…</c> / <c>Topic: …</c> label) followed by a speaker line (<see cref="SpeakerLine"/>). Section headings
/// (议题介绍, Agenda, 嘉宾介绍…) and the labels of a talk's parts (个人介绍, 议题大纲…) are not titles. A title opening
/// with a time range (<c>### 19:05-20:00 title</c>, <c>**9:20 - 10:10 title by name**</c>) is an agenda slot: the
/// paragraph under it names its speakers in any notation, or a host (no talk), and it is a talk even without a speaker
/// where the page's other slots name theirs.</summary>
internal static class TitledBlockLayout
{
    internal static readonly string[] TitleLabels = ["议题", "主题", "分享主题", "演讲主题", "分享题目", "题目", "话题", "议题名称", "主题名称", "话题名称", "演讲题目", "分享议题", "演讲议题", "课程主题", "直播主题", "分享标题", "议题题目", "议题标题", "演讲标题", "报告题目", "报告主题", "讲题", "topic", "title", "talk", "session", "speechtopic"];

    // Every title label holds a 题, a t or an s (in any case or width): a line without one is not split into a label
    // (a copy of both halves) only to be turned down.
    // How many one-line paragraphs above a title label may hold its speaker's line (a bio, a photo caption and a time
    // label may stand between them).
    private const int PersonLinesAbove = 4;

    private static readonly SearchValues<char> TitleLabelLetters = SearchValues.Create(HanVariants.WithTraditionalLetters("题tTｔＴsSｓＳ"));

    internal static bool MayHoldTitleLabel(string text) => text.AsSpan().ContainsAny(TitleLabelLetters);

    // A heading made only of these words (活动议题, 议题介绍, 嘉宾介绍, Agenda, About the speakers) names a section.
    private static readonly string[] SectionWords =
    [
        "介绍", "议程", "安排", "福利", "回顾", "简介", "详情", "大纲", "收益", "收获", "报名", "时间", "地点", "概要", "总结", "亮点",
        "嘉宾", "讲师", "议题", "日程", "流程", "概览", "背景", "须知", "方式", "直播", "回放", "资料", "下载", "信息", "内容", "主题",
        "话题", "照片", "视频", "合作", "伙伴", "赞助", "主办", "协办", "出品", "面向", "人群", "对象", "准备", "课前", "联系", "资源", "链接",
        "agenda", "schedule", "about", "speakers", "speaker", "recordings", "registration", "overview", "abstract", "bio",
        "details", "highlights", "sessions", "talks", "program", "location", "venue", "introduction", "topics", "topic", "the", "our",
        "and", "of", "other", "more", "ppt", "pdf", "slides", "幻灯片", "课件", "resources", "links",
    ];

    // The Han section words a short heading may end in (`讲师简介`), picked once rather than on every heading.
    private static readonly string[] HanSectionWords = [.. SectionWords.Where(w => w.Length >= 2 && w.All(Speakers.NameRules.IsHan))];

    private static readonly string[] Fillers = ["活动", "本期", "会议", "分享", "精彩", "详细", "会后", "本次", "大会", "现场", "相关", "的", "及", "和", "与", "演讲", "更多", "我们", "参会", "参加"];

    // The first letters of those words: a heading whose rest opens with none of them cannot lose a word to them.
    private static readonly SearchValues<char> WordOpenings = SearchValues.Create([.. SectionWords.Select(w => w[0]), .. Fillers.Select(w => w[0])]);

    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        var talks = new List<TalkDraft>();
        // The raw title; cleaned only once a speaker line makes it a talk (most headings never become one).
        (string Raw, int Line, int Level)? title = null;
        TalkDraft? current = null;
        var awaitingNames = false;
        var awaitingTitle = false;
        // `## 主题1` numbers a talk whose title is the line below: the level the title will stand at.
        var numberedLevel = int.MaxValue;
        var awaitingBio = false;
        var underTitle = false;
        // The paragraph before was an unlabelled speaker line under the title: a co-speaker may follow on its own line.
        var speakerRun = false;
        var currentLevel = int.MaxValue;
        // `刘某/某司/工程师` alone, then `演讲主题：…`: the person line written before the talk's title label (read only
        // when a title label follows it: most single lines are not followed by one).
        PageNode? before = null;
        PageNode? previous = null;
        // The one-line paragraphs since the last title label: the person line may stand a bio and a photo above it
        // (`袁洪军 孩子王 大数据专家`, their bio, `演讲时间：…`, then `演讲题目：title`).
        List<PageNode>? lines = null;
        // The title is an agenda slot (`### 19:05-20:00 title`): the paragraph right under it names the speakers in any
        // notation, or the host (then the slot is no talk); after `title by name` it describes the talk instead.
        var timed = false;
        var describes = false;
        // `- 嘉宾：` alone in a list, or `嘉宾` alone above one: the bullets nested under it, or the list below it, name one
        // person each (a roundtable's guests); -1 when no such label is open.
        var guestDepth = -1;
        // `**嘉宾：李然** 某电商` then `**议题：** title`, block after block: the page names each talk's speakers before
        // its title label (decided once, at the first speaker line with no title open), so they wait for it.
        bool? speakerFirst = null;
        List<Events.Speaker>? waiting = null;
        var nodeIndex = -1;
        List<(TalkDraft Talk, Events.Speaker Host)>? hosts = null;
        HashSet<TalkDraft>? panels = null;
        HashSet<TalkDraft>? labelledOnly = null;

        void Add(IReadOnlyList<Events.Speaker> people)
        {
            if (current is null)
            {
                if (title is not { } t || Clean(t.Raw) is not { Length: > 0 } text)
                {
                    return;
                }

                var slot = (SlotText.TryRead(t.Raw, out var read, out _, out var impossible) || SlotText.TryRead(Bare(t.Raw), out read, out _, out impossible))
                    && !impossible ? read : null;
                current = new TalkDraft(text, t.Line) { Slot = slot };
                currentLevel = t.Level;
                talks.Add(current);
                title = null;
            }

            foreach (var person in people)
            {
                current.AddSpeaker(person);
            }
        }

        // `#### Kotlin Native - James Millner`: headings that end with their presenter after a dash, read so only where
        // two or more are written that way (`Spring Boot - Getting Started` names no one).
        var dashedHeadings = page.Nodes.Count(n => n.Kind == NodeKind.Heading && PeopleAfterDash(TitleText.HeadingCore(n.Text)) is not null) >= 2;
        foreach (var node in page.Nodes)
        {
            var justBefore = before is not null && ReferenceEquals(before, previous) ? before : null;
            previous = node;
            nodeIndex++;
            switch (node.Kind)
            {
                case NodeKind.Heading:
                    var heading = TitleText.HeadingCore(node.Text);
                    var above = title is { } open ? node.Level <= open.Level : current is not null && node.Level <= currentLevel;
                    (underTitle, speakerRun) = (false, false);
                    if (SpeakerLine.TryRead(heading, out var named, out var labelOnly, page.People) && !(labelOnly && above))
                    {
                        awaitingNames |= labelOnly;
                        Add(named);
                    }
                    else if (heading.Length <= 12 && BlockLabel.Read(heading + "：", out _) == LabelKind.Bio && !above)
                    {
                        awaitingBio = true;
                    }
                    else if (!above && title is not null && BlockLabel.Read(heading + "：", out _) != LabelKind.None)
                    {
                        // `##### Abstract:` under `#### title`: a part of the talk, which stays open for its bio.
                    }
                    else if (IsNumberedTitleLabel(heading))
                    {
                        // `## 主题1` above `《title》`: the heading numbers the talk and the line below names it.
                        (title, current, awaitingNames, awaitingBio, awaitingTitle, numberedLevel) = (null, null, false, false, true, node.Level);
                    }
                    else if (!IsSection(heading) && BlockLabel.Read(heading, out _) == LabelKind.None)
                    {
                        // `### Talk: Chuck Norris vs AI - Zvi Boshernitzan`: a title label says the heading is a talk, so one heading
                        // suffices for its presenter after the dash.
                        var at = PeopleAfterAt(heading) ?? (dashedHeadings ? PeopleAfterDash(heading)
                            : TitleLabelValue(heading) is { Length: > 0 } labelled ? PeopleAfterDash(labelled) : null);
                        title = (at?.Title ?? heading, node.Line, node.Level);
                        current = null;
                        (awaitingNames, awaitingBio, underTitle) = (false, false, true);
                        OpenTimed(heading);
                        if (at is { People: var presenters })
                        {
                            Add(presenters);
                        }
                    }
                    else if (node.Level <= currentLevel)
                    {
                        // A section heading at the talk's level or above closes the talk.
                        (current, title, awaitingNames, currentLevel) = (null, null, false, int.MaxValue);
                    }

                    break;
                case NodeKind.Paragraph:
                    if (node.Lines.Length == 0 || IsImageOnly(node))
                    {
                        break;
                    }

                    if (guestDepth >= 0 && node.ListDepth > guestDepth)
                    {
                        // `- 罗青，主持人`: the moderator is one of the panel's people.
                        awaitingNames = false;
                        Add((Speakers.SpeakerNotation.Parse(node.Lines[0]) ?? SpeakerLine.NameAndAffiliation(node.Lines[0])) is { } guest ? [guest] : []);
                        break;
                    }

                    guestDepth = -1;
                    var first = underTitle;
                    var coSpeaker = speakerRun && node.Lines.Length == 1 && !node.IsBold;
                    var timedFirst = first && timed && node is { IsBold: false, ListDepth: 0 };
                    (underTitle, speakerRun, timed) = (false, false, false);
                    if (timedFirst && describes && current is not null)
                    {
                        current.Abstract = TitleText.Display(node.Text);
                        break;
                    }

                    if (timedFirst && Speakers.NameRules.IsHost(node.Text))
                    {
                        talks.Remove(current!);
                        (title, current) = (null, null);
                        break;
                    }

                    if (timedFirst && Speakers.SpeakerNotation.ParseMany(node.Text) is [_, ..] timedPeople)
                    {
                        Add(timedPeople);
                        break;
                    }

                    if (awaitingTitle)
                    {
                        // `**分享主题：**` alone, then the title on its own line.
                        (title, current, awaitingTitle) = ((node.Lines[0], node.Line, numberedLevel), null, false);
                        if (numberedLevel < int.MaxValue)
                        {
                            // A numbered talk is one whether or not its speaker section can be read.
                            (underTitle, numberedLevel) = (true, int.MaxValue);
                            Add([]);
                            (labelledOnly ??= []).Add(current!);
                        }

                        break;
                    }

                    if (awaitingNames)
                    {
                        // The names, or a bio that opens with the name (`陈鹏，某司研发工程师，…`).
                        awaitingNames = false;
                        var people = page.People.Of(node.Lines[0]);
                        IReadOnlyList<Events.Speaker> listed = people.Count == 0 && SpeakerLine.FromBio(node.Lines[0]) is { } opening ? [opening] : people;
                        if (title is null && current is null)
                        {
                            // `## 演讲嘉宾` then the person, their bio, and only then `议题题目：title`: they wait for it.
                            (waiting ??= []).AddRange(listed);
                        }
                        else
                        {
                            Add(listed);
                        }

                        break;
                    }

                    if (awaitingBio)
                    {
                        awaitingBio = false;
                        if (SpeakerLine.FromBio(node.Lines[0]) is { } bio)
                        {
                            Add([bio]);
                        }

                        break;
                    }

                    // `讲师简介：` or `**嘉宾简介**` alone under a title that names no speaker yet, the bio below it: the
                    // paragraph form of a `#### 嘉宾简介` heading. (Under a `讲师：` line the bio may open with the company.)
                    // The label may close the paragraph above the bio (`…abstract.\nAbout the Speaker:`) or open the bio's own.
                    if ((title is not null || current is { Speakers.Count: 0 }) && BioLabelLine(node) is var bioLine and >= 0)
                    {
                        if (bioLine + 1 < node.Lines.Length && SpeakerLine.FromBio(node.Lines[bioLine + 1]) is { } opening)
                        {
                            Add([opening]);
                        }

                        awaitingBio = bioLine + 1 == node.Lines.Length;
                        break;
                    }

                    // `彭雪梅 | 创业者 | 全栈工程师` right under a title: a speaker line without a label; `Jane Doe, Engineer,
                    // Acme` lines one per paragraph name co-speakers.
                    // A bold or italic line under the title may set the company off with a dash (`**Jane Doe - [Acme](…)**`).
                    if ((first || coSpeaker) && (SpeakerLine.NameAndAffiliation(node.Lines[0]) ?? (node.IsBold || node.IsItalic ? SpeakerLine.NameDashAffiliation(node.Lines[0]) : null)) is { } unlabelled
                        && !IsTheTitle(unlabelled))
                    {
                        Add([unlabelled]);
                        speakerRun = current is not null;
                        break;
                    }

                    // `## A talk's title` then `* 吴知行` or `吴知行 Zhixing Wu. 某司工程师`: a line that opens with a Chinese
                    // name right under a heading title names its speaker.
                    if (first && title is { Level: < int.MaxValue } && node.Lines.Length == 1 && SpeakerLine.OpensWithChineseName(node.Lines[0]) is { } namedFirst
                        && !IsTheTitle(namedFirst))
                    {
                        Add([namedFirst]);
                        speakerRun = current is not null;
                        break;
                    }

                    // `## 1. A talk's title` then `-Yang Li, Sr. Architect of Example, introduced …`: an English bio right under
                    // a heading title opens with the speaker's name and a comma.
                    if (first && title is { Level: < int.MaxValue } && NameBeforeComma(node.Lines[0]) is { } opener && !IsTheTitle(opener))
                    {
                        Add([opener]);
                        TakeDeck(node);
                        break;
                    }

                    // `## A talk's title` then `[Jon Rowe](…):` above the quoted abstract: a Latin name alone with a colon after it.
                    if (first && title is { Level: < int.MaxValue } && node is { Lines.Length: 1, InQuote: false, IsBold: false } && NameBeforeColon(node.Lines[0]) is { } introduced
                        && !IsTheTitle(introduced))
                    {
                        Add([introduced]);
                        break;
                    }

                    // `### A talk's title` then `某司专家 **郭磊** 分享了…`, `某司研发工程师王忠勤分享了…` or `Jane Doe gave a talk on …`: a
                    // recap names the speaker as it tells the talk (an English page's top heading names the evening, whose
                    // summary opens the same way). A sentence that quotes the title it tells (`方圆带来的《…》`) tells its own
                    // talk, not the heading's.
                    if (first && title is { Level: < int.MaxValue } && node.ListDepth == 0
                        && (node.BoldNameSpeaking() ?? ProseSpeaker.NamedBeforeVerb(node.Lines[0]) ?? (title.Value.Level > 1 ? EnglishProseTalk.OpensTelling(node.Lines[0]) : null)) is { } telling
                        && !IsTheTitle(telling)
                        && ProseTalks.QuotedAfter(node.Lines[0], telling.Name) is null)
                    {
                        Add([telling]);
                        break;
                    }

                    // `### A talk's title`, its abstract, then `Tyler Hobbs is an engineer at DataStax, …`: the bio below a title
                    // that names no one yet opens with its speaker.
                    if (title is { Level: < int.MaxValue } && current is null && node is { ListDepth: 0, InQuote: false }
                        && SpeakerLine.OpensBio(node.Lines[0]) is { } bioOpener && !IsTheTitle(bioOpener))
                    {
                        Add([bioOpener]);
                        break;
                    }

                    if (node.Lines.Length == 1 && !node.IsBold)
                    {
                        before = node;
                        if (node.ListDepth == 0)
                        {
                            // Only the last few are ever looked at (PersonAbove).
                            lines ??= [];
                            if (lines.Count == PersonLinesAbove)
                            {
                                lines.RemoveAt(0);
                            }

                            lines.Add(node);
                        }
                    }

                    // `**09:30 - 10:10** A talk's title`: a bold slot opens a title line (the slot is kept as the talk's);
                    // a `Jane Doe, Acme` line may follow it in the paragraph.
                    if (OpensWithBoldSlot(node) && !IsSection(node.Lines[0]))
                    {
                        (title, current, underTitle) = ((node.Lines[0], node.Line, int.MaxValue), null, true);
                        if (node.Lines.Length > 1 && SpeakerLine.NameAndAffiliation(node.Lines[1]) is { } below)
                        {
                            underTitle = false;
                            Add([below]);
                        }

                        break;
                    }

                    // `1. **A talk's title**` with `**贺军** 某保险 SRE 负责人` below it: the bold name that opens the second
                    // line is the speaker, the rest of the line their affiliation.
                    if (node.Lines.Length == 2 && node.SecondLineBoldLead is { Length: > 0 } boldName && Speakers.NameRules.LooksLikeName(boldName)
                        && node.Lines[1].StartsWith(boldName, StringComparison.Ordinal) && !IsSection(node.Lines[0]))
                    {
                        (title, current) = ((node.Lines[0], node.Line, int.MaxValue), null);
                        var affiliation = node.Lines[1][boldName.Length..].Trim(' ', '|', '｜', '，', ',', '/');
                        Add([new Events.Speaker(boldName, [], affiliation.Length > 0 ? affiliation : null)]);
                        break;
                    }

                    // `**A talk's title**` and `**Speaker:** Jane Doe` in one paragraph: the bold first line is the title,
                    // whatever heading is above it.
                    if (node.Lines.Length > 1 && node.OpensWithBoldLine && SpeakerLine.TryRead(node.Lines[1], out _, out _, page.People)
                        && !SpeakerLine.TryRead(node.Lines[0], out _, out _, page.People) && !IsSection(node.Lines[0]))
                    {
                        (title, current) = ((node.Lines[0], node.Line, int.MaxValue), null);
                    }

                    // A title label's colon is among a line's first 13 characters: only those are searched.
                    var namesNext = false;
                    foreach (var line in node.Lines)
                    {
                        // `**Speaker:**` with `Maryana Hermawan, Software Engineer, PayPal` on the paragraph's next line.
                        if (namesNext && SpeakerLine.NameAndAffiliation(line) is { } nextPerson && current is not null)
                        {
                            (namesNext, awaitingNames) = (false, false);
                            Add([nextPerson]);
                            continue;
                        }

                        namesNext = false;
                        if (SpeakerLine.TryRead(line, out var people, out var namesFollow, page.People))
                        {
                            if (people.Count > 0 && !namesFollow
                                && (speakerFirst ??= title is null && current is null && TitleLabelsFollowSpeakers(page.Nodes, nodeIndex, page.People)))
                            {
                                (title, current) = (null, null);
                                (waiting ??= []).AddRange(people);
                                continue;
                            }

                            awaitingNames |= namesFollow;
                            namesNext = namesFollow && people.Count == 0;
                            guestDepth = namesFollow && (node.ListDepth > 0 || NextIsListItem(page.Nodes, nodeIndex)) ? node.ListDepth : guestDepth;
                            Add(people);
                            if (namesFollow && current is not null)
                            {
                                (panels ??= []).Add(current);
                            }
                        }

                        // `讲师介绍：靳文祥（花名贾岛），…` in the block: the bio names the speaker a line named by a nickname; under
                        // a title that names no one yet (`### 《title》` then `**讲师介绍:** 荆雷，悉尼大学…`), it names the speaker.
                        else if ((current is not null || title is not null) && BlockLabel.Read(line, out var bio) == LabelKind.Bio && bio.Length > 0
                            && (Speakers.SpeakerNotation.Parse(bio) ?? (current is null ? SpeakerLine.FromBio(bio) : null)) is { } bioPerson)
                        {
                            if (current is null)
                            {
                                Add([bioPerson with { Bio = bio }]);
                            }
                            else
                            {
                                TalkParts.AddFromBio(current, bioPerson with { Bio = bio });
                            }
                        }

                        // A panel's moderator (`主持人：鲁直 某司`) is one of its people; a talk's host is not (decided once the
                        // block is read: a panel lists its guests under `嘉宾：` or says so in its title).
                        else if ((title is not null || current is not null) && line.Contains("主持人", StringComparison.Ordinal)
                            && Outline.LabelReader.TrySplit(line, out var role, out var moderator) && role == "主持人")
                        {
                            var host = Speakers.SpeakerNotation.Parse(moderator, nameMayBeLast: true);
                            Add(host is not null ? [host] : []);
                            if (host is not null && current is not null)
                            {
                                (hosts ??= []).Add((current, host));
                            }
                        }

                        // `**讲师：**Apache Member，某中心技术专家…`: a speaker label whose value names no one the parser can
                        // read still makes the block under a title a talk (check warns about the line).
                        else if (title is not null && current is null && SpeakerLine.IsLabelWithValue(line))
                        {
                            Add([]);
                            (labelledOnly ??= []).Add(current!);
                        }

                        else if (TitleLabelValue(line) is { } value)
                        {
                            // `### 陆川｜某银行 DevOps 负责人` above `**分享主题**：title`: the heading was the speaker, not a title;
                            // so was a bold line `**熊凯 某数据产品行销部总经理**`, its bio between them.
                            var headedBy = value.Length > 0 && current is null && title is { } openHeading
                                ? openHeading.Level < int.MaxValue ? SpeakerLine.NameAndAffiliation(openHeading.Raw) : SpeakerLine.UnderSlot(openHeading.Raw)
                                : null;
                            (title, current, awaitingTitle) = value.Length > 0 ? ((value, node.Line, int.MaxValue), null, false) : (title, current, true);
                            if (headedBy is not null)
                            {
                                Add([headedBy]);
                            }
                            else if (value.Length > 0 && waiting is { Count: > 0 })
                            {
                                Add(waiting);
                                waiting.Clear();
                            }
                            else if (value.Length > 0 && justBefore is not null && SpeakerLine.NameAndAffiliation(justBefore.Lines[0]) is { } person)
                            {
                                Add([person]);
                                justBefore = null;
                            }
                            else if (value.Length > 0 && PersonAbove(lines) is { } earlier)
                            {
                                Add([earlier]);
                            }

                            lines?.Clear();
                        }
                    }

                    TakeDeck(node);

                    // A bold line that opens with its slot is a title whatever colons it holds (`**11:30 - 12:10 : KIRO: Specs**`).
                    if ((node.IsBold && !node.HasLink && node.Lines.Length == 1 && !IsSection(node.Text)
                        && (!Outline.LabelReader.TrySplit(node.Text, out _, out _) || SlotText.TryRead(TitleText.WithoutLeadingSymbols(node.Text), out _, out _, out _)) ? node.Text : TimedBracketed(node)) is { } titleLine)
                    {
                        (title, current, underTitle) = ((titleLine, node.Line, int.MaxValue), null, true);
                        OpenTimed(titleLine);
                    }
                    else if (PersonUnderTimedLine(page.Nodes, nodeIndex) is { } person)
                    {
                        // The next paragraph names the speaker and is read here: it is not a speaker list to split.
                        (title, current) = ((node.Text, node.Line, int.MaxValue), null);
                        OpenTimed(node.Text);
                        Add([person]);
                        timed = false;
                    }

                    break;
            }
        }

        var agenda = talks.Exists(t => t.Slot is not null && t.Speakers.Count > 0);
        var anyNamed = talks.Exists(t => t.Speakers.Count > 0);
        foreach (var (talk, host) in hosts ?? [])
        {
            if (!(panels?.Contains(talk) ?? false) && !IsPanel(page, talk.Line))
            {
                talk.Speakers.Remove(host);
            }
        }

        talks.RemoveAll(t => !Kept(t));
        return talks;

        // A talk with its own deck was given, whatever its title says; an agenda's timed titles are its talks, whoever
        // they name (a speakerless one stays where another slot names someone).
        bool Kept(TalkDraft talk) => talk.SlidesUrl is not null
            ? anyNamed
            : (talk.Speakers.Count > 0 || (agenda && talk.Slot is not null) || (anyNamed && (labelledOnly?.Contains(talk) ?? false)))
                && !Housekeeping.IsHousekeeping(talk.Title);

        // The person line nearest above a title label among the last few one-line paragraphs; a labelled line
        // (`演讲时间：…`) or a bio between them is passed over.
        static Events.Speaker? PersonAbove(List<PageNode>? lines)
        {
            for (var i = (lines?.Count ?? 0) - 1; i >= 0; i--)
            {
                var text = lines![i].Lines[0];
                if (text.Length <= 60 && !Outline.LabelReader.TrySplit(text, out _, out _) && SpeakerLine.UnderSlot(text) is { } person)
                {
                    return person;
                }
            }

            return null;
        }

        // The talk's own deck (`[点击下载资料](deck.pdf)`, `* [PDF](deck.pdf)`) under its title.
        void TakeDeck(PageNode node)
        {
            foreach (var (text, url) in node.HasLink && (title is not null || current is not null) ? node.Links : [])
            {
                if (ListTalksLayout.DeckWords.In(TextNormalizer.Key(text)) || text.Contains("资料", StringComparison.Ordinal))
                {
                    Add([]);
                    current?.SlidesUrl ??= url;
                }
            }
        }

        static Events.Speaker? NameBeforeComma(string line)
        {
            var text = line.AsSpan().TrimStart("-–— ");
            var comma = text.IndexOf(", ", StringComparison.Ordinal);
            var name = comma is >= 4 and <= 30 && !SpeakerLine.IsEnumeration(text.ToString()) ? text[..comma].ToString() : "";
            return name.Contains(' ') && Speakers.NameRules.LooksLikeName(name) ? new Events.Speaker(name, []) : null;
        }

        static Events.Speaker? NameBeforeColon(string line)
        {
            var text = line.AsSpan().Trim();
            if (text.Length is < 3 or > 40 || text[^1] is not (':' or '：'))
            {
                return null;
            }

            // A Han word before a colon is a label (`传送门：`) far more often than a name. `[Jane Doe](…) says:` above the
            // quoted abstract introduces the speaker the same way.
            var head = text[..^1].Trim();
            var name = (head.EndsWith(" says", StringComparison.Ordinal) ? head[..^5] : head).TrimEnd().ToString();
            return !name.Any(Speakers.NameRules.IsHan) && Speakers.NameRules.LooksLikeName(name) ? new Events.Speaker(name, []) : null;
        }

        // `## 吴知行` above `吴知行，某基金会会员…`: the heading names the person whose bio follows, not a talk.
        bool IsTheTitle(Events.Speaker person) => title is { } open && open.Raw.Trim() == person.Name;

        // A title that opens with a time range is an agenda slot, a talk even before anyone is named.
        void OpenTimed(string raw)
        {
            (timed, describes) = (false, false);
            if (!SlotText.TryRead(raw, out var slot, out var used, out var impossible) || slot.End is null && !impossible
                || raw.AsSpan(used).Trim(" *-|:：").IsEmpty)
            {
                return;
            }

            var by = raw.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            title = by > 0 ? (raw[..by], title!.Value.Line, title.Value.Level) : title;
            Add(by > 0 ? [new Events.Speaker(raw[(by + 4)..].Trim(' ', '*'), [])] : []);
            (timed, describes) = (current is not null, by > 0);
        }
    }

    // Whether the speaker and title labels from this paragraph on alternate speakers-first and end with a title: a
    // page that names talks title-first may still open with a speaker line (a host's), but ends with a speaker.
    private static bool TitleLabelsFollowSpeakers(ImmutableArray<PageNode> nodes, int from, PeopleReadings people)
    {
        var lastWasTitle = false;
        var titles = 0;
        var speakersSinceTitle = 0;
        for (var i = from; i < nodes.Length; i++)
        {
            if (!nodes[i].IsParagraph)
            {
                continue;
            }

            foreach (var line in nodes[i].Lines)
            {
                // Both kinds of label end with a colon among the line's first characters; other lines are neither.
                if (line.AsSpan(0, Math.Min(line.Length, 14)).IndexOfAny('：', ':') <= 0)
                {
                    continue;
                }

                if (SpeakerLine.TryRead(line, out var named, out _, people) && named.Count > 0)
                {
                    (lastWasTitle, speakersSinceTitle) = (false, speakersSinceTitle + 1);
                }
                else if (TitleLabelValue(line) is { Length: > 0 })
                {
                    if (speakersSinceTitle == 0)
                    {
                        return false;
                    }

                    (lastWasTitle, speakersSinceTitle) = (true, 0);
                    titles++;
                }
            }
        }

        return lastWasTitle && titles >= 1;
    }

    /// <summary>The first timed title (a heading or a bold line opening with a time range) whose paragraph below names
    /// its speakers, as a talk with its slot; null when there is none. On a one-talk page whose guest list names the
    /// speaker this slot (the talk's time) is all the titled blocks could add, so the page is not read for them.</summary>
    public static TalkDraft? FirstTimedTitle(PageView page)
    {
        var nodes = page.Nodes;
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            var node = nodes[i];
            var raw = node.Kind == NodeKind.Heading ? TitleText.HeadingCore(node.Text)
                : node is { IsParagraph: true, IsBold: true, ListDepth: 0, Lines.Length: 1 } ? node.Text : null;
            if (raw is null || !SlotText.TryRead(raw, out var slot, out var used, out var impossible) || slot.End is null || impossible
                || raw.AsSpan(used).Trim(" *-|:：").IsEmpty || raw.Contains(" by ", StringComparison.OrdinalIgnoreCase)
                || nodes[i + 1] is not { IsParagraph: true, IsBold: false, ListDepth: 0 } under || Speakers.NameRules.IsHost(under.Text)
                || Speakers.SpeakerNotation.ParseMany(under.Text) is not [_, ..] people || Clean(raw) is not { Length: > 0 } title
                || Housekeeping.IsHousekeeping(title))
            {
                continue;
            }

            return new TalkDraft(title, node.Line) { Slot = slot }.With(people);
        }

        return null;
    }

    private static bool OpensWithBoldSlot(PageNode node)
    {
        if (node.Block is not Markdig.Syntax.ParagraphBlock { Inline.FirstChild: Markdig.Syntax.Inlines.EmphasisInline { DelimiterCount: 2 } strong })
        {
            return false;
        }

        // A slot opens with a digit: a bold lead whose first literal opens with any other letter is no slot, and most
        // are such leads (`**Speaker:**`, `**A talk's title**`), read here before their text is copied.
        if (strong.FirstChild is Markdig.Syntax.Inlines.LiteralInline { Content: { IsEmpty: false } lead }
            && !char.IsWhiteSpace(lead.CurrentChar) && !char.IsAsciiDigit(lead.CurrentChar))
        {
            return false;
        }

        var slot = Outline.InlineLines.PlainText(strong).Trim();
        return slot.Length > 0 && node.Lines[0].Length > slot.Length + 2 && SlotText.TryRead(slot, out _, out var used, out _) && used >= slot.Length;
    }

    // `13:30-14:15 圆桌环节《title》` as a paragraph of its own: the slot and the title in 《》.
    private static string? TimedBracketed(PageNode node) =>
        node is { IsParagraph: true, ListDepth: 0, IsBold: false } && SlotText.TryRead(node.Text, out _, out var used, out _)
        && TitleText.Bracketed(node.Text[used..]) is { } title ? $"{node.Text[..used]} 《{title}》" : null;

    // `09:55-10:30 全链路跟踪实践` as a paragraph of its own, the next one opening with the speaker (`赵青禾，某司…`).
    private static Events.Speaker? PersonUnderTimedLine(ImmutableArray<PageNode> nodes, int at)
    {
        var node = nodes[at];
        return node is { IsParagraph: true, ListDepth: 0, IsBold: false, InQuote: false } && node.Lines.Length == 1 && at + 1 < nodes.Length
            && SlotText.TryRead(node.Text, out var slot, out var used, out _) && slot.End is not null && node.Text.Length - used >= 4
            && nodes[at + 1] is { IsParagraph: true, ListDepth: 0 } next && next.Lines.Length > 0 && !SlotText.TryRead(next.Lines[0], out _, out _, out _)
                ? SpeakerLine.UnderSlot(next.Lines[0])
                : null;
    }

    private static bool NextIsListItem(ImmutableArray<PageNode> nodes, int at) => at + 1 < nodes.Length && nodes[at + 1] is { IsParagraph: true, ListDepth: > 0 };

    // An image, or a Hugo shortcode alone (`{{< bilibili BV1… >}}`, a video between a talk's title and its speaker).
    private static bool IsImageOnly(PageNode node)
    {
        var text = node.Text.AsSpan().Trim();
        return text.IsEmpty || (text.StartsWith("{{") && text.EndsWith("}}") && text[2..].IndexOf("{{") < 0);
    }

    // `议题：title`, `**分享主题一**：title`: the value of a title label (empty when the title follows on its own line), or
    // null. A title label's colon is among a line's first 13 characters: only those are searched.
    private static string? TitleLabelValue(string line) =>
        line.AsSpan(0, Math.Min(line.Length, 13)).IndexOfAny('：', ':') is > 0 and <= 12 && MayHoldTitleLabel(line)
        && Outline.LabelReader.TrySplit(line, out var label, out var value) && IsTitleLabel(label)
            ? value
            : null;

    private static readonly WordSet PanelWords = new("圆桌", "对话", "对谈", "座谈", "讨论", "panel", "roundtable", "fireside");

    // A panel's moderator is one of its people; a talk's host only introduces the speaker. The title's whole line is
    // asked (`15:20-16:00 圆桌环节《title》` keeps only the bracketed title).
    private static bool IsPanel(PageView page, int titleLine)
    {
        foreach (var node in page.Nodes)
        {
            if (node.Line == titleLine)
            {
                return PanelWords.In(TextNormalizer.Key(node.Text));
            }
        }

        return false;
    }

    // `分享主题一`, and `4、主题` (a numbered bold line `**4、主题：title**`): the talk's number on either side of its label.
    private static bool IsTitleLabel(string label) =>
        Array.IndexOf(TitleLabels, TitleText.WithoutLabelNumber(TextNormalizer.Key(TitleText.WithoutItemNumber(label)))) >= 0;

    // `主题1`, `主题 2`, `议题一`, `Topic #3`, `Session 4`: a title label and a number, no title. Asked of every heading,
    // so the number is looked at first: most headings end with none.
    private static bool IsNumberedTitleLabel(string heading)
    {
        var text = heading.AsSpan().Trim().TrimEnd("：:");
        var label = text[..(text.LastIndexOfAnyExcept(TitleText.NumberCharacters) + 1)];
        if (heading.Length > 16 || label.Length == text.Length || label.Length == 0)
        {
            return false;
        }

        label = label.TrimEnd(" #");
        return label.Length > 0 && MayHoldTitleLabel(heading) && Array.IndexOf(TitleLabels, TextNormalizer.Key(label.ToString())) >= 0;
    }

    internal static bool IsSection(string text)
    {
        // Spans over the key, written on the stack: a heading is judged on every layout pass, and neither the key nor
        // cutting words off it copies anything.
        var stripped = text.Replace("*", "", StringComparison.Ordinal);
        Span<char> buffer = stripped.Length <= 128 ? stackalloc char[stripped.Length] : new char[stripped.Length];
        ReadOnlySpan<char> strippedKey = buffer[..TextNormalizer.KeyInto(stripped, buffer)];
        // `## 2. Topic introduction`, `## 04 议题介绍`: the section's number is no word of it.
        var rest = strippedKey.TrimEnd("：:").TrimStart("0123456789.、");
        if (rest.Length == 0)
        {
            return true;
        }

        if (rest.Length > 24 || rest.Contains('《'))
        {
            return false;
        }

        var sawSection = false;
        for (var progress = true; progress && rest.Length > 0 && WordOpenings.Contains(rest[0]);)
        {
            progress = false;
            // The first letters are compared before the words: a heading's rest opens with few of them.
            foreach (var word in SectionWords)
            {
                if (rest.Length > 0 && rest[0] == word[0] && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    rest = rest[word.Length..].TrimStart("&-|/");
                    (progress, sawSection) = (true, true);
                }
            }

            foreach (var word in Fillers)
            {
                if (rest.Length > 0 && rest[0] == word[0] && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    rest = rest[word.Length..].TrimStart("&-|/");
                    progress = true;
                }
            }
        }

        if (sawSection && rest.Length == 0)
        {
            return true;
        }

        // `分享者自我介绍`, `讲师简介`: a short heading that ends in a section word. (Without a `*` the text's key is the
        // one above.)
        var key = ReferenceEquals(stripped, text) ? strippedKey : TextNormalizer.Key(text).AsSpan();
        if (key.Length > 8)
        {
            return false;
        }

        foreach (var word in HanSectionWords)
        {
            if (key.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading or label value as a title: numbering (<c>议题一：</c>, <c>Topic 2:</c>, <c>1.</c>) and <c>《》</c> removed.</summary>
    public static string Clean(string text)
    {
        // The slot first: `10.30am - 11.10am` is no item number `10.`.
        var t = Unwrapped(text);
        var used = SlotBefore(t);
        if (used == 0)
        {
            t = TitleText.WithoutItemNumber(t);
            used = SlotBefore(t);
        }

        t = used > 0 ? t[used..].TrimStart(' ', '|', '｜', '-', '：', ':') : t;

        if (Outline.LabelReader.TrySplit(t, out var label, out var value) && value.Length > 0
            && (IsTitleLabel(label) || IsNumbering(label)))
        {
            t = value;
        }

        // `Topic - Title`, even twice over: a title label parted from the title by a dash.
        while (t.IndexOf(" - ", StringComparison.Ordinal) is var dash and > 0 and <= 12 && IsTitleLabel(t[..dash]))
        {
            t = t[(dash + 3)..];
        }

        var i = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i]))
        {
            i++;
        }

        if (i is > 0 and <= 2 && i < t.Length && t[i] is '.' or '、' or ')' or '）')
        {
            t = t[(i + 1)..];
        }

        return TitleText.LeadingBracketed(t) ?? TitleText.Display(t);
    }

    // The length of the slot a title opens with and some title after it, or 0.
    private static int SlotBefore(string t) => SlotText.TryRead(t, out _, out var used, out _) && used < t.Length ? used : 0;

    // The line of a bio label alone (`讲师简介：`, `**About the Speaker:**`) that opens or closes a paragraph, or -1.
    private static int BioLabelLine(PageNode node)
    {
        for (var i = 0; i < node.Lines.Length; i += Math.Max(1, node.Lines.Length - 1))
        {
            if (node.Lines[i].Length <= 24 && BlockLabel.Read(node.Lines[i].Replace("*", "", StringComparison.Ordinal), out var after) == LabelKind.Bio
                && after.Length == 0)
            {
                return i;
            }
        }

        return -1;
    }

    // Without bold marks, leading symbols, wrapping quotes and an item number (`**1. 14:00-14:40 Title**`): where a
    // slot would start.
    private static string Bare(string text) => TitleText.WithoutItemNumber(Unwrapped(text));

    private static string Unwrapped(string text) => TitleText.Unwrap(TitleText.WithoutLeadingSymbols(text.Replace("**", "", StringComparison.Ordinal)));

    private static readonly char[] PresenterSeparators = ['/', '、', ',', '，', '&'];

    // `### 议程 1 ：Hertz 项目介绍 @Yin Xuran`, `## Swagger middleware @bodhisatan @yiyun`: a heading that ends with the
    // people who present it, each after an `@` (a handle or a name).
    private static readonly string[] PresenterDashes = [" - ", " – ", " — "];

    private static (string Title, List<Events.Speaker> People)? PeopleAfterDash(string heading)
    {
        foreach (var dash in PresenterDashes)
        {
            var at = heading.LastIndexOf(dash, StringComparison.Ordinal);
            if (at >= 3 && heading.Length - at <= 60 && SpeakerLine.NamedPeople(heading[(at + dash.Length)..].Trim()) is { Count: > 0 } people
                && people.TrueForAll(p => Speakers.NameRules.LooksLikeName(p.Name) && p.Affiliation is null))
            {
                return (heading[..at].TrimEnd(), people);
            }
        }

        return null;
    }

    private static (string Title, List<Events.Speaker> People)? PeopleAfterAt(string heading)
    {
        var at = heading.IndexOf(" @", StringComparison.Ordinal);
        if (at < 2 || heading.Length - at > 60)
        {
            return null;
        }

        var people = new List<Events.Speaker>();
        foreach (var part in heading[(at + 1)..].Split(PresenterSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var one in part.Split('@', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Speakers.NameRules.LooksLikeName(one) && !SpeakerLine.LooksLikeHandle(one))
                {
                    return null;
                }

                people.Add(new Events.Speaker(one, []));
            }
        }

        return people.Count > 0 ? (heading[..at].TrimEnd(), people) : null;
    }

    // `议题一`, `Topic 2`, `Session 3`, `第一场`.
    private static bool IsNumbering(string label)
    {
        var key = TextNormalizer.Key(label);
        foreach (var word in TitleLabels)
        {
            if (key.StartsWith(word, StringComparison.Ordinal) && key.Length - word.Length <= 3)
            {
                return true;
            }
        }

        return key.StartsWith('第') && (key.Length <= 4 || IsOrdinalTitleLabel(key));
    }

    // `第一个主题`, `第 3 个议题`: an ordinal before a title label.
    private static bool IsOrdinalTitleLabel(string key)
    {
        var rest = key.AsSpan(1).TrimStart(' ');
        var digits = rest.IndexOfAnyExcept(TitleText.NumberCharacters);
        if (digits is <= 0 or > 3)
        {
            return false;
        }

        rest = rest[digits..].TrimStart(' ').TrimStart('个').TrimStart(' ');
        return Array.IndexOf(TitleLabels, rest.ToString()) >= 0;
    }
}
