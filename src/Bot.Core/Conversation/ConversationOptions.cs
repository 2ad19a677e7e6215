namespace Bot.Core.Conversation;

/// <summary>Bound from the <c>Content</c> section.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Content";

    /// <summary>IANA zone times are shown in when the chat chose none.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
