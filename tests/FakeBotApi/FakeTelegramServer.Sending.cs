using System.Text.Json.Nodes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FakeBotApi;

public sealed partial class FakeTelegramServer
{
    private JsonNode? SendMessage(RequestFields fields)
    {
        var chatId = CheckChat(fields, countsAgainstFlood: true);
        var plain = MessageRules.VisibleText(fields.String("text"), fields.String("parse_mode"), MessageRules.MaxTextLength);
        var markup = fields.Node("reply_markup");
        MessageRules.CheckKeyboard(markup);
        var threadId = CheckReplyAndThread(fields, chatId);
        var stored = StoreBotMessage(chatId, plain, fields.String("text"), markup, threadId);
        return ToNode(ToMessage(stored));
    }

    private JsonNode? SendDocument(RequestFields fields, IReadOnlyList<RecordedFile> files)
    {
        var chatId = CheckChat(fields, countsAgainstFlood: true);
        var reference = fields.String("document");
        var attached = reference?.StartsWith("attach://", StringComparison.Ordinal) == true ? reference["attach://".Length..] : "document";
        var file = files.FirstOrDefault(f => f.Field == attached);
        if (file is null && (string.IsNullOrEmpty(reference) || attached != "document"))
            throw new ApiException(ApiError.BadRequest("there is no document in the request"));
        if (file is { Content.Length: 0 })
            throw new ApiException(ApiError.BadRequest("file must be non-empty"));
        var caption = MessageRules.VisibleText(fields.String("caption"), fields.String("parse_mode"), MessageRules.MaxCaptionLength, allowEmpty: true);
        var markup = fields.Node("reply_markup");
        MessageRules.CheckKeyboard(markup);
        var threadId = CheckReplyAndThread(fields, chatId);
        var stored = StoreBotMessage(chatId, caption, fields.String("caption"), markup, threadId);
        var message = ToMessage(stored);
        message.Text = null;
        message.Caption = caption.Length > 0 ? caption : null;
        message.Document = new Document
        {
            FileId = $"doc-{chatId}-{stored.MessageId}",
            FileUniqueId = $"u{stored.MessageId}",
            FileName = file?.FileName,
            MimeType = file?.ContentType,
            FileSize = file?.Content.Length,
        };
        return ToNode(message);
    }

    private JsonNode? EditMessageText(RequestFields fields)
    {
        if (fields.String("inline_message_id") is not null)
        {
            MessageRules.VisibleText(fields.String("text"), fields.String("parse_mode"), MessageRules.MaxTextLength);
            return true;
        }
        var chatId = CheckChat(fields, countsAgainstFlood: true);
        var messageId = fields.Int("message_id") ?? throw new ApiException(ApiError.BadRequest("message identifier is not specified"));
        var plain = MessageRules.VisibleText(fields.String("text"), fields.String("parse_mode"), MessageRules.MaxTextLength);
        var markup = fields.Node("reply_markup");
        MessageRules.CheckKeyboard(markup);
        var current = _chats.Find(chatId, messageId);
        if (current is not { FromBot: true })
            throw new ApiException(ApiError.BadRequest(current is null ? "message to edit not found" : "message can't be edited"));
        var markupJson = markup?.ToJsonString();
        if (current.Text == plain && current.Html == fields.String("text") && current.ReplyMarkup == markupJson)
            throw new ApiException(ApiError.BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"));
        var edited = current with { Text = plain, Html = fields.String("text"), ReplyMarkup = markupJson };
        _chats.Store(edited);
        var message = ToMessage(edited);
        message.EditDate = _time.GetUtcNow().UtcDateTime;
        return ToNode(message);
    }

    /// <summary>The chat's permanent state, the known-chats rule and flood limits, in Telegram's order.</summary>
    private long CheckChat(RequestFields fields, bool countsAgainstFlood)
    {
        var chatId = fields.RequireChatId();
        if (_faults.ChatState(chatId) is { } state) throw new ApiException(state);
        if (_options.RequireKnownChats && !_chats.IsKnown(chatId)) throw new ApiException(ApiError.ChatNotFound());
        if (countsAgainstFlood && _flood.Check(chatId) is { } retryAfter) throw new ApiException(ApiError.TooManyRequests(retryAfter));
        return chatId;
    }

    private int? CheckReplyAndThread(RequestFields fields, long chatId)
    {
        var reply = fields.Node("reply_parameters") as JsonObject;
        var replyTo = (int?)reply?["message_id"] ?? fields.Int("reply_to_message_id");
        var allowWithout = (bool?)reply?["allow_sending_without_reply"] ?? fields.Bool("allow_sending_without_reply");
        if (replyTo is { } id && !allowWithout && _chats.Find(chatId, id) is null)
            throw new ApiException(ApiError.BadRequest("message to be replied not found"));
        var threadId = fields.Int("message_thread_id");
        if (threadId is { } thread && !_chats.HasThread(chatId, thread))
            throw new ApiException(ApiError.BadRequest("message thread not found"));
        return threadId;
    }

    private StoredMessage StoreBotMessage(long chatId, string plain, string? html, JsonNode? markup, int? threadId)
    {
        var stored = new StoredMessage(chatId, _chats.NextMessageId(chatId), true, plain, html, markup?.ToJsonString(), threadId);
        _chats.Store(stored);
        return stored;
    }

    private Message ToMessage(StoredMessage stored)
    {
        var chat = _chats.Chat(stored.ChatId);
        return new Message
        {
            Id = stored.MessageId,
            From = stored.FromBot ? Bot : null,
            Date = _time.GetUtcNow().UtcDateTime,
            Chat = chat,
            Text = stored.Text,
            MessageThreadId = stored.ThreadId,
            IsTopicMessage = chat.IsForum == true && stored.ThreadId is not null,
            ReplyMarkup = stored.ReplyMarkup is null ? null : System.Text.Json.JsonSerializer.Deserialize<InlineKeyboardMarkup>(stored.ReplyMarkup, Telegram.Bot.JsonBotAPI.Options),
        };
    }
}
