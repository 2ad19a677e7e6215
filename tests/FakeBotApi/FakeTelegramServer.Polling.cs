using System.Text.Json.Nodes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

public sealed partial class FakeTelegramServer
{
    private async Task<JsonNode?> GetUpdatesAsync(RequestFields fields, CancellationToken aborted)
    {
        if (WebhookUrl is not null)
            throw new ApiException(ApiError.Conflict("can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        var limit = Math.Clamp(fields.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, fields.Int("timeout") ?? 0));
        var hold = timeout > TimeSpan.Zero ? Min(timeout - TimeSpan.FromMilliseconds(250), _options.LongPollCap) : TimeSpan.Zero;
        var superseded = _updates.BeginPoll(fields.Int("offset") ?? 0, AllowedUpdates(fields));
        try
        {
            using var holdSource = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
            holdSource.CancelAfter(hold > TimeSpan.Zero ? hold : TimeSpan.Zero);
            while (true)
            {
                var (ready, arrived) = _updates.Take(limit);
                if (ready.Count > 0 || holdSource.IsCancellationRequested)
                    return new JsonArray([.. ready.Select(ToNode)]);
                var woke = await Task.WhenAny(arrived, superseded, Task.Delay(Timeout.Infinite, holdSource.Token));
                if (woke == superseded)
                    throw new ApiException(ApiError.Conflict("terminated by other getUpdates request; make sure that only one bot instance is running"));
                aborted.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            _updates.EndPoll(superseded);
        }
    }

    private static List<UpdateType>? AllowedUpdates(RequestFields fields) =>
        fields.Node("allowed_updates") is JsonArray array
            ? [.. array.Select(n => (string?)n).OfType<string>().Select(ParseUpdateType).OfType<UpdateType>()]
            : null;

    private static UpdateType? ParseUpdateType(string name) =>
        Enum.TryParse<UpdateType>(name.Replace("_", ""), ignoreCase: true, out var type) ? type : null;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
