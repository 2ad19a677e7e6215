using Bot.Core.Recaps.Speakers;

namespace Bot.Core.Recaps.Talks;

/// <summary>Deck links in the page body named <c>speaker-title</c> (<c>[梁栎鹏-Koupleless 如何…](….pdf)</c>), the way
/// recaps list their slides after the agenda: each goes to the talk of the speaker it names, whatever layout read the talks.</summary>
internal static class SpeakerDecks
{
    public static void Assign(PageView page, List<TalkDraft> talks)
    {
        if (!talks.Exists(t => t.Speakers.Count > 0))
        {
            return;
        }

        foreach (var node in page.Nodes)
        {
            if (!node.HasLink || !node.Text.Contains('-'))
            {
                continue;
            }

            foreach (var (text, url) in node.Links)
            {
                var dash = text.IndexOf('-');
                var name = dash > 0 ? text[..dash].Trim() : null;
                if (name is not null && talks.Find(t => t.Speakers.Exists(s => SpeakerMerge.HasName(s, name))) is { } owner)
                {
                    owner.SlidesUrl ??= url;
                }
            }
        }
    }
}
