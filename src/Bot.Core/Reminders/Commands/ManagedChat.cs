using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Reminders.Commands;

internal static class ManagedChat
{
    public static ValueTask<IReadOnlyList<BotReply>> Say(string plain) =>
        ValueTask.FromResult<IReadOnlyList<BotReply>>([new BotReply(Html.Escape(plain))]);

    public static ValueTask<bool> MayChangeAsync(IChatAdmins admins, CommandContext context, CancellationToken ct) =>
        context.Chat.Kind == ChatKind.Private ? ValueTask.FromResult(true) : admins.CanManageAsync(context.Chat, context.Message.From.UserId, ct);
}
