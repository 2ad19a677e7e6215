using Bot.Core.Reminders;
using Bot.Core.Conversation;

namespace Bot.ConsoleChat;

/// <summary>The console chat has one user, who owns every chat it simulates.</summary>
public sealed class OfflineChatAdmins : IChatAdmins
{
    public ValueTask<ChatPermission> CanManageAsync(ChatRef chat, long userId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ChatPermission.Allowed);
}
