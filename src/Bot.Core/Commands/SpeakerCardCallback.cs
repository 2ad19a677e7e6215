using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>Choosing a speaker (from /speaker's choices or /search) opens their card in place.</summary>
public sealed class SpeakerCardCallback : ICallbackHandler
{
    public string Prefix => CallbackData.SpeakerPrefix;

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindSpeakerById(payload) is { } s ? SpeakerCard.Render(s, context.View) : null);
}
