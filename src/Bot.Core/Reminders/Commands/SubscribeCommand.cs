using Bot.Core.Catalog;
using System.Globalization;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Localization;

namespace Bot.Core.Reminders.Commands;

/// <summary>/subscribe [lead times] [channel|meetup]: reminders before every event (default 1d and 1h, plus "live now").</summary>
public sealed class SubscribeCommand(ISubscriptions subscriptions, IChatAdmins admins) : IBotCommand
{
    public string Name => "subscribe";

    public string Describe(string? languageCode) => Strings.For(languageCode).Subscriptions.SubscribeDescription;

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = Strings.For(context.LanguageCode).Subscriptions;
        var request = SubscribeRequest.Parse(context.Arguments);
        if (!request.IsValid)
        {
            return await ManagedChat.Say(string.Format(CultureInfo.InvariantCulture, s.NotUnderstood, request.Error) + "\n" + s.SubscribeUsage);
        }

        if (ManagedChat.Refusal(await ManagedChat.MayChangeAsync(admins, context, cancellationToken), s) is { } refusal)
        {
            return await ManagedChat.Say(refusal);
        }

        await subscriptions.SubscribeAsync(context.Chat, context.LanguageCode, request, cancellationToken);
        var filter = request.Filter == SeriesFilter.All ? string.Empty : $" ({s.FilterName(request.Filter)})";
        return await ManagedChat.Say(string.Format(CultureInfo.InvariantCulture, s.Subscribed, LeadTime.DescribeList(request.LeadTimes, Strings.For(context.LanguageCode).Announcements), filter));
    }
}
