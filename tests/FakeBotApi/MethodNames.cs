namespace FakeBotApi;

/// <summary>Telegram matches method names case-insensitively; records use its own spelling.</summary>
internal static class MethodNames
{
    private static readonly Dictionary<string, string> Known = new[]
    {
        "getMe", "logOut", "close", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo", "setMyCommands",
        "getMyCommands", "deleteMyCommands", "sendMessage", "editMessageText", "editMessageReplyMarkup", "answerCallbackQuery",
        "answerInlineQuery", "sendDocument", "getChatMember", "getChat", "sendChatAction", "deleteMessage",
    }.ToDictionary(m => m, m => m, StringComparer.OrdinalIgnoreCase);

    public static string Canonical(string method) => Known.GetValueOrDefault(method, method);
}
