namespace Bot.Storage;

/// <summary>What was announced (or deliberately not) for which event, so "slides are out" goes out once per event.</summary>
public interface IAnnouncementLog
{
    const string MediaKind = "media";

    Task<IReadOnlySet<string>> EventsWithKnownMediaAsync(CancellationToken cancellationToken = default);

    /// <summary>False until the first catalog has been recorded: that first look announces nothing.</summary>
    Task<bool> HasBaselineAsync(CancellationToken cancellationToken = default);

    /// <summary>Records entries once each (a key recorded before is ignored).</summary>
    Task RecordAsync(IEnumerable<(string Key, string? EventId, string Kind)> entries, CancellationToken cancellationToken = default);

    Task RecordBaselineAsync(CancellationToken cancellationToken = default);
}
