using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Telegram;

/// <summary>Telegram types as Telegram.Bot itself (de)serialises them. Going through the type info rather than
/// <c>JsonSerializer.Serialize(value, options)</c> keeps reflection out of a Native AOT publish: there
/// <see cref="JsonBotAPI.Options"/> resolves to Telegram.Bot's source-generated context, under JIT to the same
/// reflection metadata as before.</summary>
internal static class TelegramJson
{
    public static JsonTypeInfo<Update> Update { get; } = (JsonTypeInfo<Update>)JsonBotAPI.Options.GetTypeInfo(typeof(Update));
}
