namespace Bot.Storage.Postgres;

/// <summary>With the shared database every call takes a turn in the shared flood budget (<see cref="PostgresFloodBudget"/>),
/// which keeps each turn's permit for a second after its answer, and a dead instance's until its lease ends: a new
/// process has nothing of its predecessors' to wait out on its own.</summary>
public sealed class SharedBudgetSenderHistory : ISenderHistory
{
    public Task<PredecessorCalls> StartAsync(CancellationToken cancellationToken) => Task.FromResult(PredecessorCalls.None);

    public Task StoppedAsync(DateTimeOffset at, CancellationToken cancellationToken) => Task.CompletedTask;
}
