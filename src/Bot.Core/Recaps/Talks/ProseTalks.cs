using System.Buffers;

namespace Bot.Core.Recaps.Talks;

/// <summary>A recap that tells its talks in sentences: a person, a verb of speaking and the talk's title in quotes
/// (<c>技术总监周志带来了“携手同行建设繁荣的基础软件生态”的精彩分享</c>, <c>总经理胡正策以“共建企业级开源数据库”为主题发表分享</c>).
/// English sentences are read by <see cref="EnglishProseTalk"/> (<c>Jane Doe will talk to us about …</c>) where a paragraph's
/// Chinese ones give none. Read only where nothing else on the page gives a talk: a sentence is weaker evidence than any layout.</summary>
internal static class ProseTalks
{
    private static readonly SearchValues<char> Opens = SearchValues.Create("“《「\"");

    // Built once: a literal list of separators is a new array on every call.
    private static readonly char[] SentenceEnds = ['。', '！', '；', '\n'];

    // The verb and its fillers between the name and the quote: `为大家带来了“`, `分享了《`, `以“`.
    private const int MaxGap = 16;

    public static List<TalkDraft> Read(PageView page)
    {
        var talks = new List<TalkDraft>();
        PageNode? previous = null;
        foreach (var node in page.Nodes)
        {
            var above = previous;
            previous = node;
            if (!node.IsParagraph)
            {
                continue;
            }

            var before = talks.Count;
            if (node.Text.AsSpan().ContainsAny(Opens))
            {
                foreach (var sentence in WithTitlesOnOneLine(node.Text).Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    // `分别是研究员方圆带来的《…》，成锁元带来的《…》`: one sentence telling several talks, a clause each.
                    foreach (var clause in sentence.AsSpan().Count('《') >= 2 ? sentence.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [sentence])
                    {
                        if (ProseSpeaker.NamedBeforeVerb(clause) is { } person && QuotedAfter(clause, person.Name) is { } title
                            && !talks.Exists(t => t.Title == title))
                        {
                            talks.Add(new TalkDraft(title, node.Line) { SlidesUrl = DeckOf(node, title) }.With(person));
                        }
                    }
                }
            }

            if (talks.Count == before)
            {
                ReadEnglish(node, talks, above is { Kind: NodeKind.Heading, Level: >= 2 } heading && !TitledBlockLayout.IsSection(heading.Text) ? heading.Text : null);
            }
        }

        return talks;
    }

    // Sentences end at a full stop followed by a space: `Astro.build` and `Node.js` stay whole.
    private static readonly string[] EnglishSentenceEnds = [". ", "! ", "? ", "\n"];

    // `## Console scripts` over `Reutemann will briefly discuss how you can add …`: a heading right above the sentence
    // that opens its paragraph names the talk the sentence tells of.
    private static void ReadEnglish(PageNode node, List<TalkDraft> talks, string? heading)
    {
        if (node.Text.Length > 2000 || !EnglishProseTalk.MayTell(node.Text))
        {
            return;
        }

        var first = true;
        foreach (var sentence in WithWrapsJoined(node.Text).Split(EnglishSentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnglishProseTalk.Read(sentence) is var (told, speakers) && (first && heading is not null ? TitleText.Display(heading) : told) is var title
                && !talks.Exists(t => t.Title == title))
            {
                talks.Add(new TalkDraft(title, node.Line).With(speakers));
            }

            first = false;
        }
    }

    // `[Monika Swiderska](…)\nwill present a talk …`: a line that goes on in lower case continues the sentence above it,
    // and so does one after a line ending in a colon or a comma (`giving an interactive talk:\n"Title"`).
    private static string WithWrapsJoined(string text)
    {
        char[]? chars = null;
        for (var i = text.IndexOf('\n'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\n', i + 1))
        {
            if (char.IsLower(text[i + 1]) || (i > 0 && text[i - 1] is ':' or ','))
            {
                chars ??= text.ToCharArray();
                chars[i] = ' ';
            }
        }

        return chars is null ? text : new string(chars);
    }

    private static readonly char[] ClauseEnds = ['，', ','];

    // `《openEuler\nAI生态的现状与未来》`: a line wrapped inside a title is a space in it, as the page shows it, not the end of
    // a sentence.
    private static string WithTitlesOnOneLine(string text)
    {
        char[]? chars = null;
        var inTitle = false;
        for (var i = text.IndexOf('《'); i >= 0 && i < text.Length; i++)
        {
            inTitle = text[i] switch { '《' => true, '》' or '。' => false, _ => inTitle };
            if (inTitle && text[i] == '\n')
            {
                // Copied only when a title does wrap: most paragraphs with a 《 keep each title on one line.
                chars ??= text.ToCharArray();
                chars[i] = ' ';
            }
        }

        return chars is null ? text : new string(chars);
    }

    // `[《title》](deck.pdf)`: the title linked to its slides.
    private static string? DeckOf(PageNode node, string title)
    {
        foreach (var (text, url) in node.HasLink ? node.Links : [])
        {
            if (text.Contains(title, StringComparison.Ordinal) && LinkResolver.IsDeckFile(url))
            {
                return url;
            }
        }

        return null;
    }

    // The first quoted text soon after the name, when it reads as a title (not a word in quotes, not a whole quote).
    internal static string? QuotedAfter(string sentence, string name)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var open = at < 0 ? -1 : sentence.AsSpan(at + name.Length).IndexOfAny(Opens);
        if (open is < 0 or > MaxGap)
        {
            return null;
        }

        open += at + name.Length;
        var close = sentence.IndexOf(sentence[open] switch { '“' => '”', '《' => '》', '「' => '」', _ => '"' }, open + 1);
        var title = close < 0 ? null : sentence[(open + 1)..close].Trim();
        // Book-title marks say where a title ends however long it runs; other quotes may hold a whole quoted remark.
        return title is { Length: >= 4 } && title.Length <= (sentence[open] == '《' ? 160 : 80) && !title.Contains('，') && !title.Contains('。') ? title : null;
    }
}
