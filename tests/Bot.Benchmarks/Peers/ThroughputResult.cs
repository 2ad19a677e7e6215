namespace Bot.Benchmarks.Peers;

/// <summary>Commands sent by chats that each wait for the answer before asking again (closed loop).</summary>
public sealed record ThroughputResult(int Updates, int Answered, int RepeatedReplies, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double UpdatesPerSecond => Answered / Elapsed.TotalSeconds;
    public int Unanswered => Updates - Answered;
}
