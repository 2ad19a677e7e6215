using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>Webhook mode: a Kestrel endpoint at the path of <c>Telegram:WebhookUrl</c> on <c>Telegram:ListenUrls</c>.
/// Requests without the right secret header get 401 and are not handled; good ones are kept in the inbox, queued to the
/// dispatcher (bounded concurrency, in order per chat) and answered 200 at once; one the inbox cannot keep gets 500, so
/// Telegram sends it again. setWebhook runs once the endpoint listens.</summary>
public sealed partial class WebhookServer(
    TelegramStartup startup,
    UpdateDispatcher dispatcher,
    IOptions<TelegramOptions> options,
    ILogger<WebhookServer> logger) : IHostedService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    /// <summary>Beyond this many unhandled updates the endpoint answers 503 and Telegram retries later (many chats'
    /// worth: one chat holds at most <c>Telegram:MaxQueuedUpdatesPerChat</c>).</summary>
    private const int MaxPending = 10_000;
    private WebApplication? _app;
    private Task _startup = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>The addresses actually bound (useful with port 0).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public string Path => new Uri(options.Value.WebhookUrl!).AbsolutePath;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Updates kept before a restart go first, so a chat's older update is not overtaken by a new one.
        await dispatcher.StartAsync(cancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Value.ListenUrls!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _app = builder.Build();
        _app.MapPost(Path, (Func<HttpContext, Task<IResult>>)HandleAsync);
        await _app.StartAsync(cancellationToken);
        Addresses = [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];
        LogListening(string.Join(", ", Addresses), Path);
        _startup = Task.Run(() => startup.RunAsync(TelegramMode.Webhook, _stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_app is not null) await _app.StopAsync(cancellationToken);
        await _startup;
        await dispatcher.StopAsync(TimeSpan.FromSeconds(3));
        if (_app is not null) await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            LogRejected(context.Connection.RemoteIpAddress?.ToString());
            return Results.Unauthorized();
        }
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            LogMalformed(ex);
            return Results.BadRequest();
        }
        if (update is null) return Results.BadRequest();
        if (dispatcher.Pending >= MaxPending)
        {
            LogOverloaded(update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            await dispatcher.AcceptAsync([update], context.RequestAborted);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException)
        {
            LogNotKept(ex, update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
        return Results.Ok();
    }

    private bool SecretMatches(string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? ""))
        && received.Length > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook endpoint listening on {Addresses} at {Path}")]
    private partial void LogListening(string addresses, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request from {RemoteAddress} without the right secret header: rejected with 401")]
    private partial void LogRejected(string? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request with a body that is not an update: rejected with 400")]
    private partial void LogMalformed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} could not be kept in the inbox: answered 500 for Telegram to send it again")]
    private partial void LogNotKept(Exception exception, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many updates waiting; update {UpdateId} refused with 503 for Telegram to retry")]
    private partial void LogOverloaded(int updateId);
}
