namespace Bot.Telegram;

/// <summary>The <c>Telegram</c> section. The token comes from user-secrets or <c>Telegram__Token</c>, never from appsettings.json.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";
    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>BotFather's token; absent → the offline console chat.</summary>
    public string? Token { get; set; }

    /// <summary>Any Bot API server (a local <c>telegram-bot-api</c>); only scheme and authority are used.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary><c>Polling</c> (default) or <c>Webhook</c>; kept as text so a typo is reported with the others.</summary>
    public string Mode { get; set; } = nameof(TelegramMode.Polling);

    /// <summary>Public HTTPS URL Telegram posts updates to (webhook mode); its path is the endpoint's path.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>1–256 characters of <c>A-Z a-z 0-9 _ -</c>, echoed by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the webhook endpoint listens, <c>;</c>-separated (e.g. <c>http://0.0.0.0:8080</c> behind a reverse proxy).</summary>
    public string? ListenUrls { get; set; }

    /// <summary>Long-poll <c>timeout</c> sent to getUpdates; the HTTP timeout is longer so a quiet poll never times out.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>Updates handled at the same time (different chats; one chat is always handled in order).</summary>
    public int MaxConcurrentUpdates { get; set; } = 16;

    /// <summary>Updates of one chat held at once (the one being handled included); newer ones are dropped and logged,
    /// so one flooding chat can neither take the memory nor pause receiving for everyone.</summary>
    public int MaxQueuedUpdatesPerChat { get; set; } = 50;

    /// <summary>Longest <c>retry_after</c> an interactive reply waits for before giving up.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 30;

    public TelegramMode ParsedMode => Enum.TryParse<TelegramMode>(Mode, ignoreCase: true, out var mode) ? mode : TelegramMode.Polling;

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"Telegram {{ Mode = {Mode}, ApiBaseUrl = {ApiBaseUrl ?? DefaultApiBaseUrl}, Token = {(HasToken ? "(set)" : "(none)")} }}";
}
