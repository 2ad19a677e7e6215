using System.Text;
using System.Text.Json.Nodes;

namespace FakeBotApi;

/// <summary>Telegram's checks on message text and inline keyboards; each throws the error Telegram answers.</summary>
internal static class MessageRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;
    private static readonly string[] ButtonKinds =
        ["callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
         "login_url", "web_app", "callback_game", "pay", "copy_text"];

    /// <summary>The text the user would see, after checking parse mode, entities and length.</summary>
    public static string VisibleText(string? text, string? parseMode, int maxLength, bool allowEmpty = false)
    {
        if (string.IsNullOrEmpty(text))
            return allowEmpty ? "" : throw new ApiException(ApiError.BadRequest("message text is empty"));
        var plain = parseMode?.ToLowerInvariant() switch
        {
            null or "" => text,
            "html" => ParseHtml(text),
            "markdown" or "markdownv2" => text,
            _ => throw new ApiException(ApiError.BadRequest($"unsupported parse_mode \"{parseMode}\"")),
        };
        if (!allowEmpty && string.IsNullOrWhiteSpace(plain))
            throw new ApiException(ApiError.BadRequest("message text is empty"));
        if (plain.Length > maxLength)
            throw new ApiException(ApiError.BadRequest(maxLength == MaxCaptionLength ? "message caption is too long" : "message is too long"));
        return plain;
    }

    public static void CheckKeyboard(JsonNode? markup)
    {
        if (markup is null) return;
        if (markup is not JsonObject obj) throw new ApiException(ApiError.BadRequest("can't parse reply keyboard markup JSON object"));
        if (obj["inline_keyboard"] is not JsonArray rows) return;
        foreach (var row in rows)
        {
            if (row is not JsonArray buttons) throw new ApiException(ApiError.BadRequest("can't parse inline keyboard button: field \"inline_keyboard\" must be an Array of Arrays"));
            foreach (var button in buttons.OfType<JsonObject>()) CheckButton(button);
        }
    }

    private static void CheckButton(JsonObject button)
    {
        if (string.IsNullOrEmpty((string?)button["text"]))
            throw new ApiException(ApiError.BadRequest("can't parse inline keyboard button: Text must be non-empty"));
        var kinds = ButtonKinds.Count(button.ContainsKey);
        if (kinds == 0)
            throw new ApiException(ApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"));
        if (button["callback_data"] is { } data)
        {
            var bytes = Encoding.UTF8.GetByteCount((string?)data ?? "");
            if (bytes is < 1 or > 64) throw new ApiException(ApiError.BadRequest("BUTTON_DATA_INVALID"));
        }
        if (button["url"] is { } url && !IsButtonUrl((string?)url))
            throw new ApiException(ApiError.BadRequest("BUTTON_URL_INVALID"));
    }

    private static bool IsButtonUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg" && (uri.Scheme == "tg" || uri.Host.Length > 0);

    private static string ParseHtml(string text)
    {
        var parsed = TelegramHtml.Parse(text);
        return parsed.IsValid ? parsed.PlainText : throw new ApiException(ApiError.CantParseEntities(parsed.Error!));
    }
}
