using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot.Types;

namespace FakeBotApi;

/// <summary>setWebhook/deleteWebhook and delivery of updates by POST, as Telegram does it.</summary>
public sealed partial class FakeTelegramServer
{
    private readonly HttpClient _webhookClient;
    private readonly Lock _webhookLock = new();
    private WebhookInfo? _webhook;
    private string? _webhookSecret;
    private CancellationTokenSource? _webhookDelivery;
    private readonly List<(int UpdateId, HttpStatusCode Status)> _webhookDeliveries = [];

    /// <summary>The webhook set by the bot, or null while it polls.</summary>
    public string? WebhookUrl
    {
        get { lock (_webhookLock) return _webhook?.Url; }
    }

    public string? WebhookSecret
    {
        get { lock (_webhookLock) return _webhookSecret; }
    }

    private JsonNode? SetWebhook(RequestFields fields)
    {
        var url = fields.String("url");
        if (string.IsNullOrEmpty(url)) return DeleteWebhook(fields);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new ApiException(ApiError.BadRequest("bad webhook: Failed to resolve host: Name or service not known"));
        var secret = fields.String("secret_token");
        if (secret is not null && (secret.Length is < 1 or > 256 || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
            throw new ApiException(ApiError.BadRequest("bad webhook: secret token contains unallowed characters"));
        if (fields.Bool("drop_pending_updates")) _updates.Clear();
        var allowed = AllowedUpdates(fields);
        lock (_webhookLock)
        {
            _webhook = new WebhookInfo { Url = url, MaxConnections = fields.Int("max_connections") ?? 40, AllowedUpdates = allowed?.ToArray() };
            _webhookSecret = secret;
            _webhookDelivery?.Cancel();
            _webhookDelivery = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            _ = DeliverToWebhookLoopAsync(uri, secret, _webhookDelivery.Token);
        }
        if (allowed is not null) _updates.SetAllowed(allowed);
        return true;
    }

    private JsonNode? DeleteWebhook(RequestFields fields)
    {
        lock (_webhookLock)
        {
            _webhookDelivery?.Cancel();
            _webhookDelivery = null;
            _webhook = null;
            _webhookSecret = null;
        }
        if (fields.Bool("drop_pending_updates")) _updates.Clear();
        return true;
    }

    private JsonNode? GetWebhookInfo()
    {
        lock (_webhookLock)
            return ToNode(new WebhookInfo { Url = _webhook?.Url ?? "", PendingUpdateCount = _updates.Count, MaxConnections = _webhook?.MaxConnections, AllowedUpdates = _webhook?.AllowedUpdates });
    }

    /// <summary>Like Telegram: one update at a time, removed once the bot answers 2xx, retried otherwise.</summary>
    private async Task DeliverToWebhookLoopAsync(Uri url, string? secret, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (ready, arrived) = _updates.Take(1);
                if (ready.Count == 0)
                {
                    await arrived.WaitAsync(cancellationToken);
                    continue;
                }
                var status = await PostUpdateAsync(url, ready[0], secret, cancellationToken);
                if ((int)status is >= 200 and < 300) _updates.Remove(ready[0]);
                else await Task.Delay(TimeSpan.FromMilliseconds(200), _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the webhook was deleted or replaced, or the server stops
        }
    }

    /// <summary>POSTs one update to <paramref name="url"/> as Telegram does; a test may call it with a wrong or no secret.</summary>
    public async Task<HttpStatusCode> PostUpdateAsync(Uri url, Update update, string? secret, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(ToNode(update)!.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        try
        {
            using var response = await _webhookClient.SendAsync(request, cancellationToken);
            lock (_webhookLock) _webhookDeliveries.Add((update.Id, response.StatusCode));
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable;
        }
    }

    /// <summary>Every webhook POST made so far and the bot's answer.</summary>
    public IReadOnlyList<(int UpdateId, HttpStatusCode Status)> WebhookDeliveries
    {
        get { lock (_webhookLock) return [.. _webhookDeliveries]; }
    }
}
