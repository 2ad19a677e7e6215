namespace Bot.Benchmarks.Peers;

/// <summary>One announcement to every subscribed chat under the server's flood limits.</summary>
/// <param name="Elapsed">Trigger enqueued → last chat reached (or the deadline).</param>
/// <param name="FloodViolations">Sends the server refused with 429 for exceeding a limit.</param>
public sealed record BroadcastResult(int Chats, int Reached, int Duplicates, long FloodViolations, TimeSpan Elapsed, TimeSpan Theoretical)
{
    public int Lost => Chats - Reached;
    public double Efficiency => Theoretical / Elapsed;
}
