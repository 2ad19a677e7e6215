using Telegram.Bot.Types;

namespace FakeBotApi;

/// <summary>An error answer with Telegram's JSON shape and HTTP status.</summary>
public sealed record ApiError(int Code, string Description, ResponseParameters? Parameters = null)
{
    public static ApiError BadRequest(string reason) => new(400, $"Bad Request: {reason}");
    public static ApiError CantParseEntities(string reason) => BadRequest($"can't parse entities: {reason}");
    public static ApiError TooManyRequests(int retryAfter) =>
        new(429, $"Too Many Requests: retry after {retryAfter}", new ResponseParameters { RetryAfter = retryAfter });
    public static ApiError BlockedByUser() => new(403, "Forbidden: bot was blocked by the user");
    public static ApiError KickedFromGroup() => new(403, "Forbidden: bot was kicked from the group chat");
    public static ApiError ChatNotFound() => BadRequest("chat not found");
    public static ApiError Migrated(long newChatId) =>
        new(400, "Bad Request: group chat was upgraded to a supergroup chat", new ResponseParameters { MigrateToChatId = newChatId });
    public static ApiError ServerError(int code = 500) => new(code, code == 502 ? "Bad Gateway" : "Internal Server Error");
    public static ApiError Conflict(string reason) => new(409, $"Conflict: {reason}");
    public static ApiError Unauthorized() => new(401, "Unauthorized");
    public static ApiError NotFound() => new(404, "Not Found");
}
