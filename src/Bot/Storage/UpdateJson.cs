using System.Text.Json;
using Telegram.Bot.Types;

namespace Bot.Storage;

/// <summary>How an update is kept in an inbox: its JSON as Telegram sent it (re-serialised with Telegram.Bot's own type info, see <see cref="TelegramJson"/>).</summary>
public static class UpdateJson
{
    public static string Write(Update update) => JsonSerializer.Serialize(update, TelegramJson.Update);

    /// <returns>Null when the body cannot be read back (the caller logs and skips it).</returns>
    public static Update? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, TelegramJson.Update);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
