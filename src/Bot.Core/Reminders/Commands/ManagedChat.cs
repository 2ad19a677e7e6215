using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;

namespace Bot.Core.Reminders.Commands;

internal static class ManagedChat
{
    public static ValueTask<IReadOnlyList<BotReply>> Say(string plain) =>
        ValueTask.FromResult<IReadOnlyList<BotReply>>([new BotReply(Html.Escape(plain))]);

    public static ValueTask<ChatPermission> MayChangeAsync(IChatAdmins admins, CommandContext context, CancellationToken ct) =>
        context.Chat.Kind == ChatKind.Private ? ValueTask.FromResult(ChatPermission.Allowed) : admins.CanManageAsync(context.Chat, context.Message.From.UserId, ct);

    /// <summary>The refusal for a permission that is not <see cref="ChatPermission.Allowed"/>, null when allowed.</summary>
    public static string? Refusal(ChatPermission permission, SubscriptionStrings s) => permission switch
    {
        ChatPermission.Allowed => null,
        ChatPermission.Unknown => s.AdminCheckFailed,
        _ => s.AdminsOnly,
    };
}
