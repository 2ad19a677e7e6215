using Quartz;

namespace Bot.Reminders;

/// <summary>One job and one trigger per planned reminder, both named by its deterministic key.</summary>
internal static class ReminderJobKeys
{
    public const string Group = "reminders";
    public const string EventIdKey = "eventId";
    public const string LeadKey = "lead";
    public static readonly JobKey Digest = new("digest", "digests");
    public static readonly TriggerKey DigestTrigger = new("digest", "digests");

    public static JobKey Job(string key) => new(key, Group);

    public static TriggerKey Trigger(string key) => new(key, Group);
}
