using Bot.Core.Catalog;
using Bot.Telegram.Sending;
using FakeBotApi;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

/// <summary>The real host records its clean stop, and the next start's flood gate holds only what is left of the
/// second after it; after a crash the whole start-up hold stays.</summary>
public sealed class RestartHoldSpecs
{
    private static readonly Dictionary<string, string?> LongHold = new() { ["Telegram:Limits:StartupHold"] = "00:00:30" };

    [Fact]
    public async Task A_bot_is_held_at_start_only_when_its_predecessor_stopped_within_the_second_or_crashed()
    {
        // Arrange
        var folder = Directory.CreateTempSubdirectory("bot-restart-").FullName;
        await using var server = await FakeTelegramServer.StartAsync(new FakeTelegramServerOptions { LongPollCap = TimeSpan.FromSeconds(1) });
        // One clock for the three processes, as the machine's is.
        var clock = new RunningClock(SampleEvents.Now);
        void SameClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);
        try
        {
            // Act: a first start on a fresh database, a restart after a clean stop, and one after a process that died.
            TimeSpan fresh, afterCleanStop, afterCrash;
            await using (var first = await BotHarness.StartAsync(LongHold, SameClock, server, folder)) fresh = HoldLeft(first);
            await using (var second = await BotHarness.StartAsync(LongHold, SameClock, server, folder)) afterCleanStop = HoldLeft(second);
            var dying = await BotHarness.StartAsync(LongHold, SameClock, server, folder);
            dying.Host.Dispose(); // no StopAsync: what a killed process leaves behind
            await using (var third = await BotHarness.StartAsync(LongHold, SameClock, server, folder)) afterCrash = HoldLeft(third);

            // Assert
            fresh.Should().Be(TimeSpan.Zero);
            afterCleanStop.Should().BeLessThanOrEqualTo(TimeSpan.FromSeconds(1.05));
            afterCrash.Should().BeGreaterThan(TimeSpan.FromSeconds(20));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TimeSpan HoldLeft(BotHarness harness) => harness.Host.Services.GetRequiredService<FloodGate>().StartupHoldLeft;
}
