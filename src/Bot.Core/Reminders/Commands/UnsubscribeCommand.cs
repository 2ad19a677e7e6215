using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Localization;

namespace Bot.Core.Reminders.Commands;

/// <summary>/unsubscribe: no more reminders here (settings such as the zone are kept).</summary>
public sealed class UnsubscribeCommand(ISubscriptions subscriptions, IChatAdmins admins) : IBotCommand
{
    public string Name => "unsubscribe";

    public string Describe(string? languageCode) => Strings.For(languageCode).Subscriptions.UnsubscribeDescription;

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = Strings.For(context.LanguageCode).Subscriptions;
        if (ManagedChat.Refusal(await ManagedChat.MayChangeAsync(admins, context, cancellationToken), s) is { } refusal)
        {
            return await ManagedChat.Say(refusal);
        }

        var was = await subscriptions.UnsubscribeAsync(context.Chat.Id, cancellationToken);
        return await ManagedChat.Say(was ? s.Unsubscribed : s.WasNotSubscribed);
    }
}
