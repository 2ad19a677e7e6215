using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Admin;

internal static class AdminOnly
{
    /// <summary>The answer to someone not in <c>Bot:AdminUserIds</c>.</summary>
    public static BotReply Refusal(CommandContext context) => new(Html.Escape(context.Strings.Edge.NotAllowed));
}
