using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Storage;
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
/// Requests without the right secret header get 401 and are not handled (logged at most once a minute); a body over
/// <see cref="MaxBodyBytes"/> gets 413 and is not kept; good ones are kept in the inbox, queued to the dispatcher
/// (bounded concurrency, in order per chat) and answered 200 at once; one the inbox cannot keep gets 500, so Telegram
/// sends it again; a repeat of an update taken in recently is answered 200 and not handled again. Kestrel's own log
/// lines go to the bot's log from Warning up. setWebhook runs once the endpoint listens. <c>GET /healthz</c> is for a load
/// balancer: 200 once the bot has started and while its database answers, 503 otherwise (starting, stopping, database
/// down).</summary>
public sealed partial class WebhookServer(
    TelegramStartup startup,
    IUpdateQueue dispatcher,
    IStorageProbe storage,
    IHostApplicationLifetime lifetime,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILoggerFactory loggers,
    ILogger<WebhookServer> logger) : IHostedService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public const string HealthPath = "/healthz";

    /// <summary>The largest body read: Telegram's updates are a few KB (a long message with its entities stays well
    /// under 100 KB), so anything bigger is not from Telegram and is refused before it is stored.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>Update ids remembered to recognise a repeat Telegram sends after the first copy was handled.</summary>
    private const int RecentCapacity = 10_000;
    /// <summary>Beyond this many unhandled updates the endpoint answers 503 and Telegram retries later (many chats'
    /// worth: one chat holds at most <c>Telegram:MaxQueuedUpdatesPerChat</c>).</summary>
    private const int MaxPending = 10_000;
    private WebApplication? _app;
    private Task _startup = Task.CompletedTask;
    private readonly CancellationTokenSource _stopping = new();
    private readonly RecentUpdateIds _recent = new(RecentCapacity);
    private readonly RejectedRequests _rejected = new(time, logger);

    /// <summary>The addresses actually bound (useful with port 0).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public string Path => new Uri(options.Value.WebhookUrl!).AbsolutePath;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Updates kept before a restart go first, so a chat's older update is not overtaken by a new one.
        await dispatcher.StartAsync(cancellationToken);
        var builder = WebApplication.CreateSlimBuilder();
        // Not the slim builder's console logger: Kestrel's warnings and errors go through the bot's own logging instead.
        builder.Logging.ClearProviders().AddProvider(new HostLoggerProvider(loggers)).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.WebHost.UseUrls(options.Value.ListenUrls!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _app = builder.Build();
        _app.MapPost(Path, (Func<HttpContext, Task<IResult>>)HandleAsync);
        _app.MapGet(HealthPath, (Func<HttpContext, Task<IResult>>)HealthAsync);
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
        _rejected.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            _rejected.Add(context.Connection.RemoteIpAddress?.ToString());
            return Results.Unauthorized();
        }
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync(context.Request.Body, TelegramJson.Update, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            LogMalformed(ex);
            return Results.BadRequest();
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's limits while reading: over MaxBodyBytes (413), or a body sent too slowly (408).
            LogBodyRefused(ex.StatusCode, ex.Message);
            return Results.StatusCode(ex.StatusCode);
        }
        if (update is null) return Results.BadRequest();
        if (_recent.Contains(update.Id))
        {
            // Telegram missed our 200 and sent it again; answering 200 again stops the repeats.
            LogRepeat(update.Id);
            return Results.Ok();
        }
        if (dispatcher.Pending >= MaxPending)
        {
            LogOverloaded(update.Id);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            await dispatcher.AcceptAsync([update], context.RequestAborted);
            _recent.Add(update.Id);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException)
        {
            LogNotKept(ex, update.Id);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
        return Results.Ok();
    }

    private async Task<IResult> HealthAsync(HttpContext context)
    {
        var problem = !lifetime.ApplicationStarted.IsCancellationRequested ? "starting"
            : lifetime.ApplicationStopping.IsCancellationRequested || _stopping.IsCancellationRequested ? "stopping"
            : !await storage.IsReachableAsync(context.RequestAborted) ? "database unreachable"
            : null;
        return problem is null
            ? Results.Text("ok\n")
            : Results.Text(problem + "\n", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private bool SecretMatches(string received) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? ""))
        && received.Length > 0;

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook endpoint listening on {Addresses} at {Path}")]
    private partial void LogListening(string addresses, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request body refused with {StatusCode}: {Reason}")]
    private partial void LogBodyRefused(int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} was sent again after it had been taken in; answered 200, not handled again")]
    private partial void LogRepeat(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request with a body that is not an update: rejected with 400")]
    private partial void LogMalformed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} could not be kept in the inbox: answered 500 for Telegram to send it again")]
    private partial void LogNotKept(Exception exception, int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many updates waiting; update {UpdateId} refused with 503 for Telegram to retry")]
    private partial void LogOverloaded(int updateId);
}
