namespace Bot.Tests.Reminders;

/// <summary>Waits (bounded) for background work such as a Quartz job or the outbox dispatcher.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? limit = null)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)((limit ?? TimeSpan.FromSeconds(15)).TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var value = await probe();
            if (done(value) || TimeProvider.System.GetTimestamp() > deadline)
            {
                return value;
            }

            await Task.Delay(25);
        }
    }
}
