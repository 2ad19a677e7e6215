using Microsoft.Extensions.Options;

namespace Bot.Storage;

/// <summary>Checks the <c>Storage</c> section at start and reports every problem with its key.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        string.IsNullOrWhiteSpace(options.Path)
            ? ValidateOptionsResult.Fail($"{StorageOptions.SectionName}:{nameof(options.Path)} must name the database file.")
            : ValidateOptionsResult.Success;
}
