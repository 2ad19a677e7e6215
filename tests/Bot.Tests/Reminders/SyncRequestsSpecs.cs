using System.Collections.Concurrent;
using Bot.Core.Events;
using Bot.Core.Reminders;
using Bot.Reminders;

namespace Bot.Tests.Reminders;

public sealed class SyncRequestsSpecs
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static EventMove Move(int n) => new(
        new Event { Id = $"e{n}", Title = $"Event {n}", TimeZoneId = "UTC", Start = Start.AddDays(n), SourceFile = $"e{n}.md" }, Start);

    [Fact]
    public async Task Fifty_requests_arriving_during_a_sync_collapse_into_exactly_one_follow_up_run_carrying_all_their_moves()
    {
        // Arrange: the first run holds until released.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = new ConcurrentQueue<SyncBatch>();
        var requests = new SyncRequests(async batch =>
        {
            runs.Enqueue(batch);
            if (runs.Count == 1)
            {
                firstStarted.SetResult();
                await release.Task;
            }
        }, ex => throw ex);
        requests.Request(catalogChanged: false, []);
        await firstStarted.Task;

        // Act
        for (var n = 1; n <= 50; n++)
        {
            requests.Request(catalogChanged: n == 20, [Move(n)]);
        }

        release.SetResult();
        await requests.WhenIdleAsync();

        // Assert
        runs.Should().HaveCount(2);
        var followUp = runs.Last();
        followUp.CatalogChanged.Should().BeTrue("one of the folded requests was a catalog swap");
        followUp.Moves.Select(m => m.Event.Id).Should().Equal(Enumerable.Range(1, 50).Select(n => $"e{n}"));
    }

    [Fact]
    public async Task A_failed_run_is_reported_and_the_next_request_runs_again()
    {
        // Arrange
        var failures = new ConcurrentQueue<Exception>();
        var runs = 0;
        var requests = new SyncRequests(_ => Interlocked.Increment(ref runs) == 1
            ? Task.FromException(new InvalidOperationException("scheduler down"))
            : Task.CompletedTask, failures.Enqueue);

        // Act
        requests.Request(catalogChanged: true, []);
        await requests.WhenIdleAsync();
        requests.Request(catalogChanged: false, []);
        await requests.WhenIdleAsync();

        // Assert
        runs.Should().Be(2);
        failures.Should().ContainSingle().Which.Message.Should().Be("scheduler down");
    }
}
