using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Storage;

/// <summary>Telegram types as Telegram.Bot itself (de)serialises them: the update inbox keeps them so, the webhook reads
/// them so. Going through the type info rather than <c>JsonSerializer.Serialize(value, options)</c> keeps reflection
/// out of a Native AOT publish: there <see cref="JsonBotAPI.Options"/> resolves to Telegram.Bot's source-generated
/// context, under JIT to the same reflection metadata as before.</summary>
internal static class TelegramJson
{
    public static JsonTypeInfo<Update> Update { get; } = TypeInfo<Update>();

    // Under JIT Telegram.Bot leaves the resolver to be filled in by the first (reflection-based) use of its options;
    // asking for type info first needs it filled in now. A Native AOT publish turns reflection off (the branch is
    // trimmed away) and there the library has set its source-generated context itself.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Only where reflection-based serialisation is enabled")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only where reflection-based serialisation is enabled")]
    private static JsonTypeInfo<T> TypeInfo<T>()
    {
        if (JsonSerializer.IsReflectionEnabledByDefault) JsonBotAPI.Options.MakeReadOnly(populateMissingResolver: true);
        return (JsonTypeInfo<T>)JsonBotAPI.Options.GetTypeInfo(typeof(T));
    }
}
