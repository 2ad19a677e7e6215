using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

/// <summary>Choosing a talk opens its card in place.</summary>
public sealed class TalkCardCallback : ICallbackHandler
{
    public string Prefix => CallbackData.TalkPrefix;

    public ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.View.Catalog.FindTalk(payload) is { } t ? TalkCard.Render(t, context.View) : null);
}
