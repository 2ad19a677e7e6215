using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeBotApi;

/// <summary>The parameters of one call, whichever way they came (JSON, form, multipart, query string).</summary>
internal sealed class RequestFields(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string? String(string name) => Json[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var node => node.ToJsonString(),
    };

    public long? Long(string name) => Json[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    };

    public int? Int(string name) => Long(name) is { } l ? (int)Math.Clamp(l, int.MinValue, int.MaxValue) : null;

    public bool Bool(string name) => Json[name] switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s is "true" or "True" or "1",
        _ => false,
    };

    /// <summary>An object or array parameter; form and multipart calls send these as JSON strings.</summary>
    public JsonNode? Node(string name) => Json[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => TryParse(s),
        var node => node,
    };

    public long RequireChatId()
    {
        if (Long("chat_id") is { } id) return id;
        throw new ApiException(ApiError.BadRequest(Json.ContainsKey("chat_id") ? "chat not found" : "chat_id is empty"));
    }

    private static JsonNode? TryParse(string s)
    {
        try { return JsonNode.Parse(s); }
        catch (System.Text.Json.JsonException) { return JsonValue.Create(s); }
    }
}
