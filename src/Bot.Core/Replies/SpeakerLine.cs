using Bot.Core.Events;
using Bot.Core.Formatting;

namespace Bot.Core.Replies;

internal static class SpeakerLine
{
    /// <summary>"周群力（仪式）· 蚂蚁集团, 王庆 · 英特尔" — names with their affiliation.</summary>
    public static HtmlBuilder Speakers(this HtmlBuilder html, IReadOnlyList<Speaker> speakers)
    {
        for (var i = 0; i < speakers.Count; i++)
        {
            var s = speakers[i];
            html.Text(i == 0 ? string.Empty : ", ").Text(s.Name);
            if (s.Aliases.Count > 0)
            {
                html.Text($" ({string.Join(" / ", s.Aliases)})");
            }

            if (!string.IsNullOrWhiteSpace(s.Affiliation))
            {
                html.Text(" · " + Shorten.To(s.Affiliation, 60));
            }
        }

        return html;
    }
}
