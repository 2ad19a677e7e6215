using System.Globalization;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Localization;

namespace Bot.Core.Reminders.Commands;

/// <summary>/tz &lt;IANA zone&gt;: times in this chat (replies and reminders) are shown in that zone.</summary>
public sealed class TimeZoneCommand(ISubscriptions subscriptions, IChatAdmins admins) : IBotCommand
{
    public string Name => "tz";

    public string Describe(string? languageCode) => Strings.For(languageCode).Subscriptions.TimeZoneDescription;

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = Strings.For(context.LanguageCode).Subscriptions;
        var zoneId = context.Arguments.Trim();
        if (zoneId.Length == 0 || zoneId.Contains(' ', StringComparison.Ordinal))
        {
            return await ManagedChat.Say(s.TimeZoneUsage);
        }

        if (zoneId.Length > 64 || !LocalTime.IsKnownZone(zoneId))
        {
            var shown = zoneId.Length > 40 ? zoneId[..40] + "…" : zoneId;
            return await ManagedChat.Say(string.Format(CultureInfo.InvariantCulture, s.UnknownZone, shown) + "\n" + s.TimeZoneUsage);
        }

        if (ManagedChat.Refusal(await ManagedChat.MayChangeAsync(admins, context, cancellationToken), s) is { } refusal)
        {
            return await ManagedChat.Say(refusal);
        }

        var zone = LocalTime.Zone(zoneId);
        await subscriptions.SetTimeZoneAsync(context.Chat, zone.Id, cancellationToken);
        var localNow = LocalTime.Format(context.View.Now, zone, Strings.For(context.LanguageCode).Announcements);
        return await ManagedChat.Say(string.Format(CultureInfo.InvariantCulture, s.ZoneSet, zone.Id, localNow));
    }
}
