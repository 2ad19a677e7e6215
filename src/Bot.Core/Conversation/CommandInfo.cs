namespace Bot.Core.Conversation;

/// <summary>A command as listed to Telegram (setMyCommands) and in /help.</summary>
public sealed record CommandInfo(string Name, string Description);
