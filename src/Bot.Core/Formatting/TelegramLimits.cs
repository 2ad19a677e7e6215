namespace Bot.Core.Formatting;

/// <summary>Limits the Bot API enforces (ANCHORS.md): exceeding any of them is a 400.</summary>
public static class TelegramLimits
{
    /// <summary>Visible characters (UTF-16 units after entity parsing) of one message.</summary>
    public const int MessageLength = 4096;

    /// <summary>Bytes (UTF-8) of a button's callback_data.</summary>
    public const int CallbackDataBytes = 64;

    /// <summary>Characters of a /start deep-link payload, from [A-Za-z0-9_-].</summary>
    public const int DeepLinkPayload = 64;
}
