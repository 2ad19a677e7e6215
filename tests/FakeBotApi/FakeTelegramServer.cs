using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FakeBotApi;

/// <summary>A Bot API server on 127.0.0.1 for tests and benchmarks: Telegram's JSON shapes, HTTP status codes and
/// strictness; records every call; lets tests enqueue updates, inject faults and enforce flood limits.</summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeTelegramServerOptions _options;
    private readonly TimeProvider _time;
    private readonly RequestLog _log = new();
    private readonly FaultBook _faults = new();
    private readonly FloodControl _flood;
    private readonly UpdateQueue _updates;
    private readonly ChatBook _chats = new();
    private readonly CancellationTokenSource _stopping = new();

    private FakeTelegramServer(WebApplication app, FakeTelegramServerOptions options)
    {
        _app = app;
        _options = options;
        _time = options.TimeProvider;
        _flood = new FloodControl(_time) { Limits = options.FloodLimits };
        _updates = new UpdateQueue(options.UpdateIdsAfter);
        _webhookClient = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        Bot = new User { Id = options.BotId, IsBot = true, FirstName = options.BotFirstName, Username = options.BotUsername, CanJoinGroups = true, SupportsInlineQueries = true };
    }

    /// <summary>The bot as getMe describes it.</summary>
    public User Bot { get; }

    /// <summary><c>http://127.0.0.1:port</c>: give it to the client as its base URL.</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<FakeTelegramServer> StartAsync(FakeTelegramServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 60 * 1024 * 1024);
        var app = builder.Build();
        var server = new FakeTelegramServer(app, options ?? new FakeTelegramServerOptions());
        app.MapMethods("/bot{token}/{method}", ["GET", "POST"], server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _webhookClient.Dispose();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var receivedAt = _time.GetUtcNow();
        var sequence = _log.NextSequence();
        var (json, files) = await RequestReader.ReadAsync(context.Request, context.RequestAborted);
        var fields = new RequestFields(json);
        var name = MethodNames.Canonical(method);
        int status;
        string? error = null;
        try
        {
            if (!IsAccepted(token)) throw new ApiException(ApiError.Unauthorized());
            var fault = _faults.Take(name, fields.Long("chat_id"));
            if (fault is DropFault)
            {
                context.Abort();
                Record(0, "connection dropped");
                return;
            }
            if (fault is SlowFault slow) await Task.Delay(slow.Delay, _time, context.RequestAborted);
            if (fault is ErrorFault injected) throw new ApiException(injected.Error);
            var result = await InvokeAsync(name, fields, files, context.RequestAborted);
            status = 200;
            if (fault is AnswerLostFault)
            {
                context.Abort();
                Record(status, "accepted; the answer was lost");
                return;
            }
            await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
        }
        catch (ApiException ex)
        {
            status = ex.Error.Code;
            error = ex.Error.Description;
            await WriteAsync(context, status, ErrorJson(ex.Error));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            status = 499;
            error = "client closed the request";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // a bug in the fake must show up in the test as a 500 with its message, not as a hang
            status = 500;
            error = $"fake server failure: {ex}";
            await WriteAsync(context, 500, ErrorJson(new ApiError(500, "Internal Server Error")));
        }
        Record(status, error);

        void Record(int code, string? description) =>
            _log.Add(new RecordedRequest(sequence, name, json, receivedAt, _time.GetUtcNow(), code, description, files));
    }

    private bool IsAccepted(string token) =>
        _options.Token is null ? TokenShape().IsMatch(token) : string.Equals(token, _options.Token, StringComparison.Ordinal);

    private static JsonObject ErrorJson(ApiError error)
    {
        var json = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
        if (error.Parameters is { } parameters) json["parameters"] = ToNode(parameters);
        return json;
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    /// <summary>Serialises a Telegram.Bot type exactly as the library expects to read it.</summary>
    internal static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, JsonBotAPI.Options);

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
