namespace Bot.Benchmarks.Peers;

/// <summary>One announcement to every subscribed chat under the server's flood limits.</summary>
/// <param name="Reaction">Trigger → first subscriber reached.</param>
/// <param name="Sending">First subscriber reached → last subscriber reached (or the deadline).</param>
/// <param name="Theoretical">The shortest sending window the server allows: the k-th message may go ⌊k ÷ rate⌋ s after the first.</param>
/// <param name="FloodViolations">Sends the server refused with 429 for exceeding a limit.</param>
public sealed record BroadcastResult(int Chats, int Reached, int Duplicates, long FloodViolations, TimeSpan Reaction, TimeSpan Sending, TimeSpan Theoretical)
{
    public int Lost => Chats - Reached;

    public TimeSpan EndToEnd => Reaction + Sending;

    /// <summary>Theoretical ÷ sending window; undefined when the whole broadcast fits in one second's allowance.</summary>
    public double Efficiency => Theoretical > TimeSpan.Zero ? Theoretical / Sending : double.NaN;

    public double EndToEndEfficiency => Theoretical > TimeSpan.Zero ? Theoretical / EndToEnd : double.NaN;
}
