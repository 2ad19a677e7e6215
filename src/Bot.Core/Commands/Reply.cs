using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Commands;

internal static class Reply
{
    public static ValueTask<IReadOnlyList<BotReply>> One(BotReply reply) => ValueTask.FromResult<IReadOnlyList<BotReply>>([reply]);

    public static ValueTask<IReadOnlyList<BotReply>> Text(string plain) => One(new BotReply(Html.Escape(plain)));
}
