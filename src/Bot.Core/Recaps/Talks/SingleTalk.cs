using Bot.Core.Events;

namespace Bot.Core.Recaps.Talks;

/// <summary>A single-talk page (live stream, webinar): the title is the 活动主题 (§10: agenda headings are often
/// copied from the previous episode), the slot and speakers come from the agenda, else from the guest list.</summary>
internal static class SingleTalk
{
    public static List<TalkDraft> Assemble(TalkContext context, List<TalkDraft> agenda, List<Speaker> guests, PageView? page = null)
    {
        var basis = agenda.Find(t => t.Speakers.Count > 0) ?? (agenda.Count > 0 ? agenda[0] : null);
        var title = ThemeTitle.From(context.Theme) ?? basis?.Title ?? SeriesPrefix.Strip(context.PageTitle);
        if (title.Length == 0)
        {
            return [];
        }

        var talk = new TalkDraft(title, basis?.Line ?? 1)
        {
            Slot = basis?.Slot,
            Abstract = basis?.Abstract,
            Takeaways = basis?.Takeaways,
            SlidesUrl = basis?.SlidesUrl,
            ReplayUrl = basis?.ReplayUrl,
        };
        // Without an agenda or a guest list, a webinar names its speaker on a labelled line (`Speaker: Jane Doe, Org`).
        IReadOnlyList<Speaker> speakers = basis is { Speakers.Count: > 0 } ? basis.Speakers : guests.Count > 0 || page is null ? guests : SessionTalk.Labelled(page);
        foreach (var speaker in speakers)
        {
            talk.AddSpeaker(speaker);
        }

        return [talk];
    }
}
