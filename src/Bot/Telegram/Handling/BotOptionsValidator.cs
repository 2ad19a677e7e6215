using Microsoft.Extensions.Options;

namespace Bot.Telegram.Handling;

internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var bad = options.AdminUserIds.Where(id => !long.TryParse(id.Trim(), out var value) || value <= 0).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(bad.Select(id => $"Bot:AdminUserIds must hold numeric Telegram user ids; '{id}' is not one."));
    }
}
