using System.Threading.Channels;
using Bot.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Delivery;

/// <summary>Records accepted messages as sent in small batches (every <see cref="FlushEvery"/>). A crash loses at most
/// the last batch, whose messages are then sent again: they count as "in flight", like a request whose answer was lost.</summary>
internal sealed partial class SentMarks(OutboxStore outbox, ILogger logger)
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(50);
    private readonly Channel<long> _ids = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private int _unflushed;

    /// <summary>Nothing accepted is waiting to be written (safe to re-read pending rows from the start).</summary>
    public bool IsEmpty => Volatile.Read(ref _unflushed) == 0;

    public void Add(long id)
    {
        Interlocked.Increment(ref _unflushed);
        _ids.Writer.TryWrite(id);
    }

    /// <summary>Writes batches until <paramref name="stoppingToken"/> fires, then whatever is left (a clean stop loses nothing).</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<long>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _ids.Reader.WaitToReadAsync(stoppingToken);
                await Task.Delay(FlushEvery, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await FlushAsync(batch);
        }

        await FlushAsync(batch);
    }

    private async Task FlushAsync(List<long> batch)
    {
        batch.Clear();
        while (_ids.Reader.TryRead(out var id))
        {
            batch.Add(id);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await outbox.MarkSentAsync(batch, CancellationToken.None);
            Interlocked.Add(ref _unflushed, -batch.Count);
        }
        catch (Exception ex)
        {
            // Put them back: recording later is fine, recording never would re-send them after a restart.
            LogFlushFailed(ex, batch.Count);
            foreach (var id in batch)
            {
                _ids.Writer.TryWrite(id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Recording {Count} sent messages failed; retrying")]
    private partial void LogFlushFailed(Exception exception, int count);
}
