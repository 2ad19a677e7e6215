using System.Text.Json.Nodes;

namespace FakeBotApi;

public sealed partial class FakeTelegramServer
{
    private async Task<JsonNode?> InvokeAsync(string method, RequestFields fields, IReadOnlyList<RecordedFile> files, CancellationToken aborted)
    {
        if (fields.Json.ContainsKey("__malformed_body")) throw new ApiException(ApiError.BadRequest("request body is not valid JSON"));
        return method switch
        {
            "getMe" => ToNode(Bot),
            "logOut" or "close" => true,
            "getUpdates" => await GetUpdatesAsync(fields, aborted),
            "setWebhook" => SetWebhook(fields),
            "deleteWebhook" => DeleteWebhook(fields),
            "getWebhookInfo" => GetWebhookInfo(),
            "setMyCommands" => SetMyCommands(fields),
            "getMyCommands" => GetMyCommands(fields),
            "deleteMyCommands" => true,
            "sendMessage" => SendMessage(fields),
            "sendDocument" => SendDocument(fields, files),
            "editMessageText" => EditMessageText(fields),
            "answerCallbackQuery" => AnswerCallbackQuery(fields),
            "answerInlineQuery" => AnswerInlineQuery(fields),
            "getChatMember" => GetChatMember(fields),
            "getChat" => ToNode(_chats.Chat(CheckChat(fields, countsAgainstFlood: false))),
            "sendChatAction" => CheckChat(fields, countsAgainstFlood: false) != 0,
            _ => throw new ApiException(ApiError.NotFound()),
        };
    }
}
