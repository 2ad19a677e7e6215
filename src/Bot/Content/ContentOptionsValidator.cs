using Microsoft.Extensions.Options;

namespace Bot.Content;

/// <summary>Checks the <c>Content</c> section at start (and for <c>check</c>) and reports every problem with its key.</summary>
internal sealed class ContentOptionsValidator : IValidateOptions<ContentOptions>
{
    private const string Section = ContentOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.Path))
            failures.Add($"{Section}:{nameof(options.Path)} must name the folder of event pages.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            failures.Add($"{Section}:{nameof(options.TimeZone)} is '{options.TimeZone}', which is not a known time zone id (use an IANA id such as Asia/Shanghai).");
        if (options.WatchDebounce < TimeSpan.Zero || options.WatchDebounce > TimeSpan.FromMinutes(1))
            failures.Add($"{Section}:{nameof(options.WatchDebounce)} must be between 0 and 1 minute.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
