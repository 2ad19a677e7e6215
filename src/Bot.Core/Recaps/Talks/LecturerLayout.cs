using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>LECTURER and ROUNDTABLE: a talk opened by a numbered heading (<c>### | 二、《title》</c>) or a
/// <c>13:30-14:15《title》</c> paragraph, with <c>讲师：</c> lines or bullets, <c>讲师介绍：</c> (which may give the real
/// name behind a 花名), <c>Topic 介绍：</c>, a roundtable's <c>主持人：</c> then <c>嘉宾：</c> sub-bullets, and a
/// <c>[点击下载资料](pdf)</c> per talk.</summary>
internal static class LecturerLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.Lecturer | PageSignals.NumberedHeading))
        {
            return [];
        }

        var talks = new List<TalkDraft>();
        TalkDraft? current = null;
        var inGuests = false;
        foreach (var node in page.Nodes)
        {
            if (OpensTalk(node, out var title, out var slot))
            {
                current = new TalkDraft(title, node.Line) { Slot = slot };
                talks.Add(current);
                inGuests = false;
                continue;
            }

            if (node.Kind == NodeKind.Heading)
            {
                current = null;
                continue;
            }

            if (current is null || !node.IsParagraph)
            {
                continue;
            }

            inGuests = ReadLine(current, node, inGuests);
        }

        return talks.Exists(t => t.Speakers.Count > 0) ? talks : [];
    }

    private static bool ReadLine(TalkDraft talk, PageNode node, bool inGuests)
    {
        foreach (var (text, url) in node.Links)
        {
            if (text.Contains("下载", StringComparison.Ordinal) || text.Contains("资料", StringComparison.Ordinal))
            {
                talk.SlidesUrl ??= url;
            }
        }

        foreach (var line in node.Lines)
        {
            var t = SpeakerNotation.Tidy(line);
            var label = Outline.LabelReader.TrySplit(t, out var key, out var value) ? key : null;
            if (label == "讲师介绍")
            {
                if (SpeakerNotation.Parse(value) is { } person)
                {
                    TalkParts.AddFromBio(talk, person with { Bio = value });
                }
            }
            else if (label is "讲师" or "主持人")
            {
                talk.AddSpeaker(SpeakerNotation.Parse(value, nameMayBeLast: true));
                inGuests = false;
            }
            else if (label == "嘉宾")
            {
                talk.AddSpeaker(SpeakerNotation.Parse(value));
                inGuests = true;
            }
            else if (label == "Topic 介绍")
            {
                talk.Abstract ??= value;
            }
            else if (inGuests && node.ListDepth >= 2)
            {
                talk.AddSpeaker(SpeakerNotation.Parse(t));
            }
        }

        return inGuests;
    }

    private static bool OpensTalk(PageNode node, out string title, out Events.TimeSlot? slot)
    {
        title = string.Empty;
        slot = null;
        if (node.Kind == NodeKind.Heading && node.Level >= 3)
        {
            var core = TitleText.HeadingCore(node.Text);
            var comma = core.IndexOf('、');
            if (comma is > 0 and <= 3 && !core.Contains('：'))
            {
                title = TitleText.Unwrap(core);
                return title.Length > 0;
            }

            return false;
        }

        if (node is { IsParagraph: true, ListDepth: 0, IsBold: false } && SlotText.TryRead(node.Text, out var s, out var used, out var impossible) &&
            TitleText.Bracketed(node.Text[used..]) is { } bracketed)
        {
            title = bracketed;
            slot = impossible ? null : s;
            return true;
        }

        return false;
    }
}
