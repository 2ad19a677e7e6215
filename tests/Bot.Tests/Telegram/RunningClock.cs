namespace Bot.Tests.Telegram;

/// <summary>A clock whose date is the fixture's: it reads <paramref name="start"/> when created and then runs at real
/// speed. The host's answers are dated against <see cref="SampleEvents.Now"/>, while what waits (the flood gate's
/// second, back-off, retries) still takes real time, as against Telegram. Specs that move time themselves give the
/// harness a FakeTimeProvider instead.</summary>
internal sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _origin = TimeProvider.System.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + TimeProvider.System.GetElapsedTime(_origin);
}
