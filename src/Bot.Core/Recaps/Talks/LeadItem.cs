using Bot.Core.Events;
using Bot.Core.Recaps.Speakers;
using Bot.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Recaps.Talks;

/// <summary>A session item that opens with a bold lead, often linked to the schedule:
/// <c>**Scheduling 101** - Jane Doe and John Roe will present…</c>,
/// <c>[**Maintainer session**](schedule) … [The talk's title](schedule) Jane Doe, John Roe - will be presenting</c>.
/// The talk is a <c>title - Name, Org &amp; Name, Org</c> link or line in the item, else the link that repeats the lead's
/// schedule link, else the lead itself; without a dash line its speakers are the names said before <c>will …</c>.</summary>
internal static class LeadItem
{
    // Built once: a literal list of characters or separators is a new array on every call.
    private static readonly string[] CoSpeakerSeparators = [" & ", " and ", "、"];
    private static readonly string[] PeopleSeparators = [",", "，", "、", " & ", " and "];
    private static readonly char[] AroundWho = [' ', '-', '–', ':'];

    private static readonly string[] Dashes = [" - ", " – ", " — "];
    private const int MaxPhrase = 160;

    public static TalkDraft? Read(PageNode node)
    {
        if (node.Block is not ParagraphBlock { Inline.FirstChild: { } first } || Lead(first) is not ({ Length: > 0 } lead, var leadUrl)
            || lead.EndsWith(':') || lead.EndsWith('：'))
        {
            return null;
        }

        // The lead's own link is not the talk's: it is the item's first.
        var links = node.Links.AsSpan(leadUrl is null || node.Links.Length == 0 ? 0 : 1);
        // `title - Jane Doe, Acme & John Roe, Initech` names the talk and its people at once.
        foreach (var link in links)
        {
            if (TitleAndPeople(FirstLine(link.Text), node.Line) is { } dashed)
            {
                return dashed;
            }
        }

        foreach (var line in node.Lines.AsSpan(Math.Min(1, node.Lines.Length)))
        {
            if (TitleAndPeople(line, node.Line) is { } dashed)
            {
                return dashed;
            }
        }

        var title = lead;
        foreach (var link in links)
        {
            if (link.Url == leadUrl && link.Text != lead)
            {
                title = FirstLine(link.Text);
                break;
            }
        }

        if (Housekeeping.IsHousekeeping(title) || Housekeeping.IsHousekeeping(lead))
        {
            return null;
        }

        var talk = new TalkDraft(TitleText.Display(title), node.Line).With(NamedBeforeVerb(string.Join(' ', node.Lines), lead, title));
        return talk.Speakers.Count > 0 ? talk : null;
    }

    private static string FirstLine(string text) => text.IndexOf('\n') is >= 0 and var end ? text[..end] : text;

    // `**Lead**` or `[**Lead**](url)` as the item's first inline.
    private static (string? Text, string? Url) Lead(Inline first) => first switch
    {
        EmphasisInline { DelimiterCount: 2 } strong => (MarkdownText.Of(strong), null),
        LinkInline { IsImage: false, FirstChild: EmphasisInline { DelimiterCount: 2, NextSibling: null } strong } link
            => (MarkdownText.Of(strong), string.IsNullOrEmpty(link.Url) ? null : link.Url),
        _ => (null, null),
    };

    private static TalkDraft? TitleAndPeople(string line, int lineNumber)
    {
        foreach (var dash in Dashes)
        {
            var at = line.LastIndexOf(dash, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var people = new List<Speaker>();
            foreach (var part in line[(at + dash.Length)..].Split(CoSpeakerSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if ((SpeakerLine.NameAndAffiliation(part) ?? (NameRules.LooksLikeName(part) ? new Speaker(part, []) : null)) is not { } person)
                {
                    return null;
                }

                people.Add(person);
            }

            var title = TitleText.Display(TitleText.WithoutLeadingSymbols(line[..at]));
            if (people.Count == 0 || title.Length < 2 || Housekeeping.IsHousekeeping(title))
            {
                return null;
            }

            return new TalkDraft(title, lineNumber).With(people);
        }

        return null;
    }

    // `Jane Doe, founder of X, and John Roe from Acme will be presenting`: the phrase before ` will `, after the lead and
    // after the title when the title comes first; without a verb, the phrase between the lead and the title.
    private static List<Speaker> NamedBeforeVerb(string text, string lead, string title)
    {
        var from = text.IndexOf(lead, StringComparison.Ordinal) is var l and >= 0 ? l + lead.Length : 0;
        var verb = text.IndexOf(" will ", from, StringComparison.Ordinal);
        var at = title == lead ? -1 : text.IndexOf(title, from, StringComparison.Ordinal);
        var (start, end) = verb < 0 ? (from, at) : (at >= 0 && at < verb ? at + title.Length : from, verb);
        if (end <= start || end - start > MaxPhrase)
        {
            return [];
        }

        var people = new List<Speaker>();
        foreach (var part in text[start..end].Split(PeopleSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = part.StartsWith("and ", StringComparison.Ordinal) ? part[4..] : part;
            var cut = name.IndexOf(" from ", StringComparison.Ordinal);
            var (who, org) = cut > 0 ? (name[..cut], name[(cut + 6)..].Trim()) : (name, null);
            who = BrokenLinkText(who.Trim(AroundWho));
            if (NameRules.LooksLikeName(who))
            {
                people.Add(new Speaker(who, [], org));
            }
        }

        return people;
    }

    // `[Jane Doe](handle`: a link whose target was never closed stays text; the name is what the brackets hold.
    private static string BrokenLinkText(string text)
    {
        var close = text.IndexOf("](", StringComparison.Ordinal);
        return text.StartsWith('[') && close > 1 && text.IndexOf(')', close) < 0 ? text[1..close].Trim() : text;
    }
}
