using Telegram.Bot.Types;

namespace Bot.Telegram.Receiving;

/// <summary>What the webhook endpoint hands updates to: <see cref="UpdateDispatcher"/> when this instance is the only
/// one receiving, <see cref="SharedUpdateDispatcher"/> when several instances share one database.</summary>
public interface IUpdateQueue
{
    /// <summary>Updates taken in and not yet handled here (the endpoint answers 503 beyond a limit).</summary>
    int Pending { get; }

    /// <summary>Starts handling, what was kept before a restart first.</summary>
    Task<int?> StartAsync(CancellationToken cancellationToken);

    /// <summary>Keeps the updates (durable when this returns) and has those not seen before handled; returns their count.</summary>
    Task<int> AcceptAsync(IReadOnlyList<Update> updates, CancellationToken cancellationToken);

    /// <summary>Lets work in hand finish for up to <paramref name="grace"/>; what is left stays kept for later.</summary>
    Task StopAsync(TimeSpan grace);
}
