using System.Text.Json.Nodes;

namespace FakeBotApi;

/// <summary>One call the bot made, as the server saw and answered it.</summary>
/// <param name="Sequence">1-based order of arrival at the server.</param>
/// <param name="Method">Method name as Telegram spells it (<c>sendMessage</c>), whatever case the client used.</param>
/// <param name="Parameters">The parameters as JSON, whichever encoding the client used (multipart fields are strings).</param>
/// <param name="StatusCode">HTTP status of the answer (0 when the connection was dropped on purpose).</param>
/// <param name="Error">Telegram's description of the error, null on success.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    JsonObject Parameters,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AnsweredAt,
    int StatusCode,
    string? Error,
    IReadOnlyList<RecordedFile> Files)
{
    public bool Succeeded => StatusCode == 200;

    public long? ChatId => new RequestFields(Parameters).Long("chat_id");

    public string? Text => new RequestFields(Parameters).String("text") ?? new RequestFields(Parameters).String("caption");

    public string? ParseMode => new RequestFields(Parameters).String("parse_mode");

    public int? MessageThreadId => new RequestFields(Parameters).Int("message_thread_id");

    /// <summary>The message this one replies to (<c>reply_parameters.message_id</c> or the legacy field).</summary>
    public int? ReplyToMessageId =>
        (new RequestFields(Parameters).Node("reply_parameters") as JsonObject)?["message_id"]?.GetValue<int>()
        ?? new RequestFields(Parameters).Int("reply_to_message_id");

    /// <summary>Callback data of every inline button, row by row.</summary>
    public IReadOnlyList<string> CallbackData =>
        (new RequestFields(Parameters).Node("reply_markup") as JsonObject)?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => (string?)b["callback_data"]).OfType<string>()]
            : [];

    public override string ToString() => $"#{Sequence} {Method} {StatusCode}{(Error is null ? "" : " " + Error)} {Parameters.ToJsonString()}";
}
