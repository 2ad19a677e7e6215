using Bot.Core.Conversation;

namespace Bot.Core.Commands;

/// <summary>Answers button presses whose data is <c>{Prefix}:{payload}</c> with the new content of the message.
/// Registered in DI as <c>ICallbackHandler</c>; the host may add its own prefixes.</summary>
public interface ICallbackHandler
{
    string Prefix { get; }

    /// <summary>Null when the payload names nothing any more (the conversation then says the button is stale).</summary>
    ValueTask<BotReply?> HandleAsync(CallbackContext context, string payload, CancellationToken cancellationToken);
}
