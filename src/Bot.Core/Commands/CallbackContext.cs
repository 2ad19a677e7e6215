using Bot.Core.Conversation;
using Bot.Core.Replies;

namespace Bot.Core.Commands;

public sealed record CallbackContext(IncomingCallback Callback, ReplyContext View);
