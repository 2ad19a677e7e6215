using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Telegram;

/// <summary>Checks the whole section at start and reports every problem with its key; values of secrets are never echoed.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        List<string> failures = [];
        if (!options.HasToken)
            failures.Add("Telegram:Token is required to connect to Telegram (set it with user-secrets or Telegram__Token).");
        else if (!TokenShape().IsMatch(options.Token!))
            failures.Add("Telegram:Token is malformed: expected '<bot id>:<secret>' as BotFather gives it (the value is not shown).");
        if (options.ApiBaseUrl is { Length: > 0 } api && !IsBaseUrl(api))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL with no path, such as {TelegramOptions.DefaultApiBaseUrl} or http://localhost:8081.");
        if (!Enum.TryParse<TelegramMode>(options.Mode, ignoreCase: true, out var mode) || int.TryParse(options.Mode, out _))
            failures.Add("Telegram:Mode must be Polling or Webhook.");
        else if (mode == TelegramMode.Webhook)
            ValidateWebhook(options, failures);
        if (options.PollTimeoutSeconds is < 1 or > 50)
            failures.Add("Telegram:PollTimeoutSeconds must be between 1 and 50.");
        if (options.MaxConcurrentUpdates is < 1 or > 256)
            failures.Add("Telegram:MaxConcurrentUpdates must be between 1 and 256.");
        if (options.MaxQueuedUpdatesPerChat is < 1 or > 1000)
            failures.Add("Telegram:MaxQueuedUpdatesPerChat must be between 1 and 1000.");
        if (options.MaxRetryAfterSeconds is < 0 or > 3600)
            failures.Add("Telegram:MaxRetryAfterSeconds must be between 0 and 3600.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> failures)
    {
        var localServer = !string.IsNullOrEmpty(options.ApiBaseUrl);
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            failures.Add("Telegram:WebhookUrl must be the absolute public https URL of the webhook in Webhook mode.");
        else if (url.Scheme == "http" && !localServer)
            failures.Add("Telegram:WebhookUrl must use https (Telegram only posts to HTTPS; plain http works only with a local Bot API server).");
        if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretShape().IsMatch(options.WebhookSecret))
            failures.Add("Telegram:WebhookSecret is required in Webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and - (the value is not shown).");
        var listen = (options.ListenUrls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (listen.Length == 0 || !listen.All(u => Uri.TryCreate(u, UriKind.Absolute, out var l) && l.Scheme is "http" or "https"))
            failures.Add("Telegram:ListenUrls must list the URLs the webhook endpoint listens on (e.g. http://0.0.0.0:8080) in Webhook mode.");
    }

    private static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/" && uri.Query.Length == 0;

    [GeneratedRegex(@"^\d{1,20}:[A-Za-z0-9_-]{1,200}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
