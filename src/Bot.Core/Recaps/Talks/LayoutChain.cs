using Bot.Core.Recaps.Slides;
using Bot.Core.Text;

namespace Bot.Core.Recaps.Talks;

/// <summary>Tries the agenda layouts in the order of docs/PAGE-FORMAT.md §11 and keeps the first that finds talks.
/// An agenda table is enriched by the talk blocks that often follow it (real names, roundtable guests).</summary>
internal static class LayoutChain
{
    // The general shapes any community writes; they are tried after the bracketed blocks and win when they name more
    // speakers (a page of another site can look enough like a bracketed block to give titles without speakers).
    private static readonly Func<PageView, DiagnosticBag, List<TalkDraft>>[] General =
    [
        TitledBlockLayout.Extract,
        ListTalksLayout.Extract,
    ];

    /// <param name="oneTalk">The page is one talk (a live stream): its speakers come from the guest list anyway, so
    /// titles without speakers need no second reading.</param>
    /// <param name="guestsListed">The page lists its guests: on a one-talk page they name the speaker, so the general
    /// shapes are read there only for a timed title's slot (elsewhere they name someone where nothing else would, as on
    /// webinar pages), and only where no timed title above a speaker line gives it.</param>
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics, bool oneTalk = false, bool guestsListed = false)
    {
        var table = AgendaTableLayout.Extract(page, diagnostics);
        if (table.Count > 0)
        {
            // The talk blocks below the table name its speakers, or give real names and a panel's guests.
            Enrich(table, First(General, page, new DiagnosticBag(diagnostics.File)));

            return table;
        }

        // The general shapes get a say only where the bracketed blocks named nobody at all: a page they half read is
        // one of theirs.
        var known = First([BracketBlockLayout.Extract], page, diagnostics);
        if (known.Exists(t => t.Speakers.Count > 0) || (oneTalk && (known.Count > 0 || (guestsListed && !page.Has(PageSignals.SlotTitle)))))
        {
            return known;
        }

        // A one-talk page's guest list names its speaker: of the titled blocks only a timed title's slot counts there,
        // found without reading every block of the page.
        if (oneTalk && guestsListed && TitledBlockLayout.FirstTimedTitle(page) is { } timed)
        {
            return [timed];
        }

        var findings = new DiagnosticBag(diagnostics.File);
        var general = First(General, page, findings);
        if (known.Count == 0 && general.Count == 0)
        {
            // Nothing names a speaker anywhere: the page may still list its sessions by title and schedule link.
            return SessionLinkLayout.Extract(page, diagnostics);
        }

        // A timed programme stands without names; untimed titles that name nobody are as often a page's other headings.
        if (Named(general) <= Named(known) && !(known.Count == 0 && general.TrueForAll(t => t.Slot is not null)))
        {
            return known;
        }

        diagnostics.AddRange(findings.Items);
        Enrich(general, known, slotsOnly: true);
        return general;
    }

    private static List<TalkDraft> First(Func<PageView, DiagnosticBag, List<TalkDraft>>[] layouts, PageView page, DiagnosticBag diagnostics)
    {
        foreach (var layout in layouts)
        {
            var talks = layout(page, diagnostics);
            if (talks.Count > 0 && !talks.Exists(t => IsLabel(t.Title) || IsUrl(t.Title) || IsLinkLabel(t.Title)))
            {
                return talks;
            }
        }

        return [];
    }

    // `build-in func delete from map in go.pptx`, `GoogleDoc`, `GitHub`: a deck's file name or a link's generic text, not a talk.
    internal static bool IsLinkLabel(string title)
    {
        if (title.Length > 64 || (title.Length > 12 && !title.Contains('.')))
        {
            return false;
        }

        if (Text.TextNormalizer.Key(title) is "googledoc" or "googleslides" or "pdf" or "ppt" or "pptx" or "slides" or "slide" or "下载" or "链接"
            or "here" or "点击" or "doc" or "github" or "gitee" or "网盘" or "百度网盘" or "slideshare" or "speakerdeck" or "youtube" or "bilibili"
            or "b站" or "视频" or "video" or "点击这里" or "点此下载")
        {
            return true;
        }

        var dot = title.LastIndexOf('.');
        return dot > 0 && title.Length - dot is >= 3 and <= 5 && title[(dot + 1)..].ToLowerInvariant() is "pdf" or "ppt" or "pptx" or "key" or "zip" or "mp4";
    }

    private static int Named(List<TalkDraft> talks) => talks.Count(t => t.Speakers.Count > 0);

    private static bool IsUrl(string title) => title.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || title.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // A layout that took a label (`#### 分享嘉宾`) for a title read a shape it does not know; a later one may.
    private static bool IsLabel(string title) =>
        title.Length <= 12 && (SpeakerLine.IsLabel(title.TrimEnd(Marks.Colons)) || BlockLabel.Read(title + "：", out _) != LabelKind.None);

    private static void Enrich(List<TalkDraft> table, List<TalkDraft> details, bool slotsOnly = false)
    {
        if (details.Count == 0)
        {
            return;
        }

        var owner = LinkMatcher.Match(table.ConvertAll(t => t.Title), details.ConvertAll(d => d.Title), orderFallback: false);
        for (var d = 0; d < owner.Length; d++)
        {
            if (owner[d] < 0 || details[d].Speakers.Count == 0)
            {
                continue;
            }

            var talk = table[owner[d]];
            if (slotsOnly)
            {
                talk.Slot ??= details[d].Slot;
                continue;
            }

            var agendaSpeakers = talk.Speakers.ToArray();
            talk.Speakers.Clear();
            details[d].Speakers.ForEach(talk.AddSpeaker);
            Array.ForEach(agendaSpeakers, talk.AddSpeaker);
            talk.Abstract ??= details[d].Abstract;
            talk.SlidesUrl ??= details[d].SlidesUrl;
        }
    }
}
