using Microsoft.Extensions.Options;

namespace Bot.Telegram.Sending;

/// <summary>Checks <c>Telegram:Limits</c> at start and reports every problem with its key.</summary>
internal sealed class FloodLimitOptionsValidator : IValidateOptions<FloodLimitOptions>
{
    private const string Section = FloodLimitOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, FloodLimitOptions options)
    {
        List<string> failures = [];
        if (options.OverallPerSecond < 1)
            failures.Add($"{Section}:{nameof(options.OverallPerSecond)} must be at least 1.");
        if (options.PerChatPerSecond < 1)
            failures.Add($"{Section}:{nameof(options.PerChatPerSecond)} must be at least 1.");
        if (options.PerGroupPerMinute < 1)
            failures.Add($"{Section}:{nameof(options.PerGroupPerMinute)} must be at least 1.");
        if (options.GlobalFloodChats < 1)
            failures.Add($"{Section}:{nameof(options.GlobalFloodChats)} must be at least 1.");
        if (options.MaxInFlight < 0)
            failures.Add($"{Section}:{nameof(options.MaxInFlight)} must not be negative (0 derives it from OverallPerSecond).");
        if (options.StartupHold < TimeSpan.Zero || options.StartupHold > TimeSpan.FromMinutes(1))
            failures.Add($"{Section}:{nameof(options.StartupHold)} must be between 0 and 1 minute.");
        if (options.SafetyMargin < TimeSpan.Zero || options.SafetyMargin > TimeSpan.FromSeconds(1))
            failures.Add($"{Section}:{nameof(options.SafetyMargin)} must be between 0 and 1 second.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
