using Bot.Core.Catalog;
using Bot.Core.Conversation;

namespace Bot.Core.Replies;

/// <summary>A heading and a button per speaker ("黄挺 (鲁直)") that opens their card.</summary>
public static class SpeakerChoice
{
    public static BotReply Render(string headingHtml, IEnumerable<SpeakerProfile> speakers) =>
        new(headingHtml) { Buttons = Buttons(speakers.Take(8)) };

    public static List<IReadOnlyList<ReplyButton>> Buttons(IEnumerable<SpeakerProfile> speakers) =>
        speakers.Select(s => (IReadOnlyList<ReplyButton>)[new ReplyButton(
                Shorten.To(s.Name + (s.Aliases.Count > 0 ? $" ({string.Join("/", s.Aliases)})" : string.Empty), 48), CallbackData.Speaker(s.Id))])
            .ToList();
}
