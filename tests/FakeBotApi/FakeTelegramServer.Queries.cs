using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FakeBotApi;

public sealed partial class FakeTelegramServer
{
    private readonly Lock _queryLock = new();
    private readonly HashSet<string> _openQueries = [];
    private readonly Dictionary<(string Scope, string Language), IReadOnlyList<BotCommand>> _commands = [];
    private readonly Dictionary<(long Chat, long User), ChatMemberStatus> _members = [];

    /// <summary>The commands set for a scope type (<c>default</c>, <c>all_private_chats</c>, …) and language ("" = any).</summary>
    public IReadOnlyList<BotCommand>? MyCommands(string scope = "default", string language = "")
    {
        lock (_queryLock) return _commands.GetValueOrDefault((scope, language));
    }

    /// <summary>What getChatMember answers for this user in this chat (default: member).</summary>
    public void SetChatMember(long chatId, long userId, ChatMemberStatus status)
    {
        lock (_queryLock) _members[(chatId, userId)] = status;
    }

    private void OpenQuery(string id)
    {
        lock (_queryLock) _openQueries.Add(id);
    }

    private void CloseQuery(string? id)
    {
        lock (_queryLock)
            if (id is null || !_openQueries.Remove(id))
                throw new ApiException(ApiError.BadRequest("query is too old and response timeout expired or query ID is invalid"));
    }

    private JsonNode? AnswerCallbackQuery(RequestFields fields)
    {
        if ((fields.String("text")?.Length ?? 0) > 200) throw new ApiException(ApiError.BadRequest("MESSAGE_TOO_LONG"));
        CloseQuery(fields.String("callback_query_id"));
        return true;
    }

    private JsonNode? AnswerInlineQuery(RequestFields fields)
    {
        if (fields.Node("results") is not JsonArray results) throw new ApiException(ApiError.BadRequest("results must be an array"));
        if (results.Count > 50) throw new ApiException(ApiError.BadRequest("RESULTS_TOO_MUCH"));
        var ids = new HashSet<string>();
        foreach (var result in results.OfType<JsonObject>())
        {
            var id = (string?)result["id"] ?? "";
            if (Encoding.UTF8.GetByteCount(id) is < 1 or > 64) throw new ApiException(ApiError.BadRequest("RESULT_ID_INVALID"));
            if (!ids.Add(id)) throw new ApiException(ApiError.BadRequest("RESULT_ID_DUPLICATE"));
            if ((string?)result["type"] == "article" && string.IsNullOrWhiteSpace((string?)result["title"]))
                throw new ApiException(ApiError.BadRequest("RESULT_TITLE_EMPTY"));
            if (result["input_message_content"] is JsonObject content && content.ContainsKey("message_text"))
                MessageRules.VisibleText((string?)content["message_text"], (string?)content["parse_mode"], MessageRules.MaxTextLength);
            MessageRules.CheckKeyboard(result["reply_markup"]);
        }
        if ((fields.String("next_offset")?.Length ?? 0) > 64) throw new ApiException(ApiError.BadRequest("NEXT_OFFSET_INVALID"));
        CloseQuery(fields.String("inline_query_id"));
        return true;
    }

    private JsonNode? SetMyCommands(RequestFields fields)
    {
        if (fields.Node("commands") is not JsonArray commands) throw new ApiException(ApiError.BadRequest("commands must be an array"));
        if (commands.Count > 100) throw new ApiException(ApiError.BadRequest("BOT_COMMANDS_TOO_MUCH"));
        List<BotCommand> parsed = [];
        foreach (var command in commands)
        {
            var name = (string?)command?["command"] ?? "";
            var description = (string?)command?["description"] ?? "";
            if (name.Length is < 1 or > 32 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
                throw new ApiException(ApiError.BadRequest("BOT_COMMAND_INVALID"));
            if (description.Trim().Length is < 1 or > 256)
                throw new ApiException(ApiError.BadRequest("BOT_COMMAND_DESCRIPTION_INVALID"));
            parsed.Add(new BotCommand { Command = name, Description = description });
        }
        var language = fields.String("language_code") ?? "";
        if (language.Length != 0 && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
            throw new ApiException(ApiError.BadRequest("invalid language code specified"));
        var scope = (string?)(fields.Node("scope") as JsonObject)?["type"] ?? "default";
        lock (_queryLock) _commands[(scope, language)] = parsed;
        return true;
    }

    private JsonNode? GetMyCommands(RequestFields fields)
    {
        var scope = (string?)(fields.Node("scope") as JsonObject)?["type"] ?? "default";
        var commands = MyCommands(scope, fields.String("language_code") ?? "") ?? [];
        return new JsonArray([.. commands.Select(ToNode)]);
    }

    private JsonNode? GetChatMember(RequestFields fields)
    {
        var chatId = CheckChat(fields, countsAgainstFlood: false);
        var userId = fields.Long("user_id") ?? throw new ApiException(ApiError.BadRequest("user not found"));
        ChatMemberStatus status;
        lock (_queryLock) status = _members.GetValueOrDefault((chatId, userId), ChatMemberStatus.Member);
        var user = new User { Id = userId, FirstName = $"User {userId}" };
        ChatMember member = status switch
        {
            ChatMemberStatus.Creator => new ChatMemberOwner { User = user },
            ChatMemberStatus.Administrator => new ChatMemberAdministrator { User = user, CanManageChat = true },
            ChatMemberStatus.Left => new ChatMemberLeft { User = user },
            ChatMemberStatus.Kicked => new ChatMemberBanned { User = user },
            ChatMemberStatus.Restricted => new ChatMemberRestricted { User = user },
            _ => new ChatMemberMember { User = user },
        };
        return ToNode(member);
    }
}
