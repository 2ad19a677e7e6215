using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>SHARE (webinars): <c>**分享主题：**</c> then <c>《title》</c>; <c>**分享嘉宾：**</c> then a bio that starts
/// with the name (<c>陈鹏，…</c>, <c>姚昌宇 有米科技…</c>).</summary>
internal static class ShareLayout
{
    public static List<TalkDraft> Extract(PageView page, DiagnosticBag diagnostics)
    {
        if (!page.Has(PageSignals.ShareLabel))
        {
            return [];
        }

        TalkDraft? talk = null;
        var nodes = page.Nodes;
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var label = nodes[i].IsParagraph ? nodes[i].Text.Trim().TrimEnd('：', ':') : string.Empty;
            var next = nodes[i + 1];
            if (label == "分享主题" && next.IsParagraph)
            {
                talk ??= new TalkDraft(TitleText.Unwrap(next.Text), next.Line);
            }
            else if (label == "分享嘉宾" && next.IsParagraph && talk is not null)
            {
                talk.AddSpeaker(SpeakerNotation.Parse(next.Text) is { } s ? s with { Bio = TitleText.Display(next.Text) } : null);
            }
        }

        return talk is null ? [] : [talk];
    }
}
