namespace Bot.ConsoleChat;

/// <summary>The <c>ConsoleChat</c> section (<c>--lang</c> on the command line).</summary>
public sealed class ConsoleChatOptions
{
    public const string SectionName = "ConsoleChat";

    /// <summary>The language the user's client would report (<c>zh</c>, <c>en</c>); null: the system's UI language.</summary>
    public string? Language { get; set; }
}
