using System.Buffers;
using System.Collections.Frozen;
using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>GUESTS: the people listed under <c>## 嘉宾</c> / <c># 嘉宾</c> / <c>## 分享嘉宾</c>. Old pages put a whole
/// person on one line (<c>觉生 蚂蚁金服 …</c>, <c>蚂蚁金服 SOFA 团队 余淮</c>); newer ones put the name alone on a bullet
/// and the affiliation on the following bullets (SPLIT-ITEMS). Hosts are skipped.</summary>
internal static class GuestSection
{
    public static List<Speaker> Read(PageView page)
    {
        var people = new List<Speaker>();
        if ((page.Section("嘉宾", h => h is "嘉宾" or "分享嘉宾" or "活动嘉宾") ?? page.Section("讲师", h => h is "讲师" or "分享讲师")
            ?? page.Section(text => text.AsSpan().ContainsAny(PeopleLetters), IsPeopleHeading)) is not var (start, end))
        {
            if (NamedInHeading(page) is { } lecturer)
            {
                people.Add(lecturer);
            }
            else
            {
                ListedUnderLabel(page, people);
            }

            return people;
        }

        var nodes = page.Nodes;
        var bios = IsBioHeading(TitleText.HeadingCore(nodes[start - 1].Text));
        var bulletsAbout = false;
        // `**戴军**` alone, then `某云 容器运行时负责人。`: the paragraphs after a bare name are that person's bio.
        var bioOfNamed = false;
        for (var i = start; i < end; i++)
        {
            var node = nodes[i];
            if (node.Kind == NodeKind.Html && FirstCaption(node.Text) is { } captioned)
            {
                people.Add(captioned);
                continue;
            }

            if (!node.IsParagraph || node.InQuote)
            {
                continue;
            }

            // In a bio the bullets under a person's line (`柏远舟` then `- 星海存储 资深工程师`) are about that person.
            if (node.ListDepth > 0 && bulletsAbout)
            {
                continue;
            }

            var before = people.Count;
            if (bios && bioOfNamed && node.ListDepth == 0 && !IsBareName(node))
            {
                continue;
            }

            // A bio starts with the person (`林知远，某公司工程师……`); its later lines are about them.
            foreach (var line in bios ? node.Lines.AsSpan(0, Math.Min(1, node.Lines.Length)) : node.Lines)
            {
                var tidy = SpeakerNotation.Tidy(line.TrimStart('-'));
                // `蚂蚁金服 SOFA 团队 余淮` ends with the name; a sentence (`…有 300 多个 Go 服务。`) ends with no one.
                var sentence = line.TrimEnd().EndsWith('。') || line.TrimEnd().EndsWith('.');
                // `Jane Doe — founder of Acme`: the person before the dash, whatever the role after it ends with.
                var person = bios ? SpeakerLine.FromBio(tidy) : SpeakerLine.NameDashAffiliation(tidy) ?? SpeakerNotation.Parse(tidy, nameMayBeLast: node.ListDepth == 0 && !sentence);
                if (NameRules.IsHost(tidy) || person is not { } speaker)
                {
                    continue;
                }

                people.Add(speaker);
            }

            bulletsAbout = bios && node.ListDepth == 0 && people.Count > before;
            bioOfNamed = bios && node.ListDepth == 0 && people.Count > before && IsBareName(node);
        }

        return people;
    }

    // `Panelists included:`, `Our panel consists of:`, `本次分享嘉宾：` alone above a list: each item is one person
    // (`John Sullivan ([Acme], *LUG President*)`, `David Gluzman from [BlackSquare](…)`).
    private static void ListedUnderLabel(PageView page, List<Speaker> people)
    {
        var nodes = page.Nodes;
        for (var i = 0; i + 1 < nodes.Length; i++)
        {
            if (nodes[i] is not { IsParagraph: true, ListDepth: 0, Lines.Length: 1 } label || !IsPeopleLead(label.Text) || nodes[i + 1].ListDepth == 0)
            {
                continue;
            }

            for (var j = i + 1; j < nodes.Length && nodes[j] is { IsParagraph: true, ListDepth: > 0 }; j++)
            {
                // An item of blanks alone (`- \u00a0`) has no line to read.
                if (nodes[j].Lines is not [var first, ..])
                {
                    continue;
                }

                var item = nodes[j];
                var line = SpeakerNotation.Tidy(first);
                if (item.ListDepth == nodes[i + 1].ListDepth && !NameRules.IsHost(line)
                    && (SpeakerNotation.Parse(line) ?? SpeakerLine.NameAndAffiliation(line) ?? FromEmployer(line)) is { } person)
                {
                    people.Add(person);
                }
            }

            return;
        }
    }

    // `David Gluzman from BlackSquare`: a listed person and where they work.
    private static Speaker? FromEmployer(string line)
    {
        var at = line.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        return at > 0 && line[..at].Trim() is var name && NameRules.LooksLikeName(name) ? new Speaker(name, [], line[(at + 6)..].Trim()) : null;
    }

    private static readonly Text.WordSet HanPeopleWords = new("嘉宾", "讲师", "分享人", "演讲者", "讲者", "主讲");

    private static bool IsPeopleLead(string text)
    {
        var lead = text.Trim();
        if (lead.Length is < 3 or > 40 || !(lead.EndsWith(':') || lead.EndsWith('：')))
        {
            return false;
        }

        lead = lead[..^1];
        if (!System.Text.Ascii.IsValid(lead))
        {
            return HanPeopleWords.In(lead);
        }

        foreach (var word in lead.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PeopleWords.Contains(word) || word.Equals("panel", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBareName(PageNode node) =>
        node.Lines.Length == 1 && SpeakerNotation.Tidy(node.Lines[0]) is var name && NameRules.LooksLikeName(name);

    private static readonly FrozenSet<string> PeopleWords = FrozenSet.ToFrozenSet(SpeakerWords.People, StringComparer.OrdinalIgnoreCase);

    // A character every people word holds (讲师, 嘉宾, 分享人, 讲者, 报告人, speaker, presenter): headings without any are
    // passed over before being cut to their core.
    private static readonly SearchValues<char> PeopleLetters = SearchValues.Create(Text.HanVariants.WithTraditionalLetters("讲嘉人者报主pP"));

    private static readonly string[] BioSuffixes = ["简介", "介绍", "介紹", " bio", " bios", " profile"];

    // `## 讲师`, `## 分享人`, `## Speakers`, or their bio headings `## 讲师简介`, `## 嘉宾介绍`, `## About the speaker`.
    internal static bool IsPeopleHeading(string heading)
    {
        // `## 講者`: a page in traditional characters names the same section.
        heading = Text.HanVariants.Simplify(heading);
        return PeopleWords.Contains(heading.Trim()) || IsBioHeading(heading);
    }

    private static bool IsBioHeading(string heading)
    {
        var h = heading.Trim();
        if (h.StartsWith("about the ", StringComparison.OrdinalIgnoreCase))
        {
            return PeopleWords.Contains(h["about the ".Length..].Trim());
        }

        foreach (var suffix in BioSuffixes)
        {
            if (h.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && PeopleWords.Contains(h[..^suffix.Length].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HeadingLabels = ["主讲", "讲师"];

    // `### 我们的主讲 Ethen 老师`: a recap heading that introduces the lecturer by name, the honorific after it.
    private static Speaker? NamedInHeading(PageView page)
    {
        foreach (var node in page.Headings)
        {
            if (node.Text.Length > 40)
            {
                continue;
            }

            foreach (var label in HeadingLabels)
            {
                var at = node.Text.IndexOf(label, StringComparison.Ordinal);
                var rest = at < 0 ? string.Empty : node.Text[(at + label.Length)..].Trim();
                rest = rest.EndsWith("老师", StringComparison.Ordinal) ? rest[..^2].Trim() : rest;
                if (rest.Length >= 2 && !NameRules.IsHost(rest) && SpeakerLine.One(rest) is { Affiliation: null } speaker && speaker.Name == rest)
                {
                    return speaker;
                }
            }
        }

        return null;
    }

    // A speaker's photo captioned with their name (`<figcaption>张三</figcaption>`), then their roles in later captions.
    private static Speaker? FirstCaption(string html)
    {
        var open = html.IndexOf("<figcaption>", StringComparison.OrdinalIgnoreCase);
        var close = open < 0 ? -1 : html.IndexOf("</figcaption>", open, StringComparison.OrdinalIgnoreCase);
        var caption = close < 0 ? string.Empty : html[(open + "<figcaption>".Length)..close].Trim();
        return NameRules.LooksLikeName(caption) ? new Speaker(caption, []) : null;
    }
}
