using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Reminders;

/// <summary>Checks the <c>Reminders</c> section at start and reports every problem with its key.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    private const string Section = ReminderOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        List<string> failures = [];
        if (!CronExpression.TryParse(options.DigestCron, out _))
            failures.Add($"{Section}:{nameof(options.DigestCron)} is '{options.DigestCron}', which is not a Quartz cron expression (seconds first: '0 0 10 ? * MON' is Monday 10:00).");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            failures.Add($"{Section}:{nameof(options.TimeZone)} is '{options.TimeZone}', which is not a known time zone id (use an IANA id such as Asia/Shanghai).");
        if (string.IsNullOrWhiteSpace(options.SchedulerName))
            failures.Add($"{Section}:{nameof(options.SchedulerName)} must not be empty (Quartz's rows are keyed by it).");
        if (options.OutboxMaxAttempts < 1)
            failures.Add($"{Section}:{nameof(options.OutboxMaxAttempts)} is {options.OutboxMaxAttempts}; it must be at least 1 (failed sends of one message before it is dropped).");
        if (options.OutboxMaxAge <= TimeSpan.Zero)
            failures.Add($"{Section}:{nameof(options.OutboxMaxAge)} is {options.OutboxMaxAge}; it must be positive (how long a queued message may wait before it is dropped, e.g. 1.00:00:00).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
