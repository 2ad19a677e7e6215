namespace Bot.Benchmarks.Peers;

/// <summary>The bot under test exited or stopped answering; carries its last output lines.</summary>
public sealed class BotFailedException(string message, string outputTail, Exception? inner = null) : Exception(message, inner)
{
    public string OutputTail { get; } = outputTail;
}
