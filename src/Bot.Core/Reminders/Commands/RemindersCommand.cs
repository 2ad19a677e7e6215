using Bot.Core.Catalog;
using System.Globalization;
using System.Text;
using Bot.Core.Commands;
using Bot.Core.Conversation;
using Bot.Core.Formatting;
using Bot.Core.Localization;

namespace Bot.Core.Reminders.Commands;

/// <summary>/reminders: this chat's settings and the next reminders it will get, in its zone.</summary>
public sealed class RemindersCommand(ISubscriptions subscriptions) : IBotCommand
{
    private const int Shown = 5;

    public string Name => "reminders";

    public string Describe(string? languageCode) => Strings.For(languageCode).Subscriptions.RemindersDescription;

    public async ValueTask<IReadOnlyList<BotReply>> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var s = Strings.For(context.LanguageCode).Subscriptions;
        if (await subscriptions.FindAsync(context.Chat.Id, cancellationToken) is not { } chat)
        {
            return await ManagedChat.Say(s.NotSubscribed);
        }

        var now = context.View.Now;
        var words = Strings.For(context.LanguageCode).Announcements;
        var zone = LocalTime.Zone(chat.TimeZoneId);
        var sb = new StringBuilder(Html.Escape(string.Format(CultureInfo.InvariantCulture, s.Settings,
            LeadTime.DescribeList(chat.LeadTimes, words), s.FilterName(chat.Filter), zone.Id)));
        var events = context.Catalog.Events.Where(e => chat.Filter.Matches(e)).GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First());
        var next = ReminderPlanner.Plan(events.Values, chat.LeadTimes, now)
            .Where(r => r.FireAt > now).OrderBy(r => r.FireAt).Take(Shown).ToList();
        sb.Append("\n\n").Append(Html.Escape(next.Count > 0 ? s.NextReminders : s.NoUpcoming));
        foreach (var reminder in next)
        {
            var lead = reminder.Lead == LeadTime.Now ? s.StartingNow : "−" + LeadTime.Describe(reminder.Lead, words);
            sb.Append("\n• ").Append(Html.Escape(LocalTime.Format(reminder.FireAt, zone, words)))
                .Append(" (").Append(Html.Escape(lead)).Append(") <b>").Append(Html.Escape(events[reminder.EventId].Title)).Append("</b>");
        }

        return [new BotReply(sb.ToString())];
    }
}
