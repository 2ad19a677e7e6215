using System.Diagnostics;
using FakeBotApi;

namespace Bot.Benchmarks.Peers;

/// <summary>A started bot that has answered its first command, with its resource meter; disposing ends it.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private readonly ChildProcess _child;
    private readonly CancellationTokenSource _died = new();

    private BotProcess(ChildProcess child)
    {
        _child = child;
        Meter = new ResourceMeter(child.Id);
        _ = child.Exited.ContinueWith(_ => _died.Cancel(), TaskScheduler.Default);
    }

    public ResourceMeter Meter { get; }

    /// <summary>Cancelled when the process ends.</summary>
    public CancellationToken Died => _died.Token;

    public double StartupSeconds { get; private set; }

    public string OutputTail => _child.OutputTail;

    /// <summary>Starts the bot with a command already waiting: start-up = process start → its reply recorded.</summary>
    public static async Task<BotProcess> StartAsync(IBotUnderTest bot, BotWorkspace workspace, FakeTelegramServer server, ReplyTap tap, string probe, bool limited)
    {
        var chat = FakeChats.Group(limited ? 2 : 1, "Start-up probe");
        var asked = server.EnqueueMessage(chat, FakeChats.User(1), probe);
        var process = new BotProcess(ChildProcess.Start(bot.StartInfo(workspace, server.BaseUrl, limited)));
        try
        {
            var replied = await tap.ReplyTo(chat.Id, asked.Message!.Id).WaitAsync(StartupTimeout, process.Died);
            process.StartupSeconds = Stopwatch.GetElapsedTime(process._child.StartedAt, replied).TotalSeconds;
            return process;
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            var tail = process.OutputTail;
            var why = process.Died.IsCancellationRequested ? "The bot exited" : $"No first reply within {StartupTimeout.TotalSeconds:0} s";
            await process.DisposeAsync();
            throw new BotFailedException(why, tail, ex);
        }
    }

    /// <summary>Awaits a scenario, turning "the bot died under it" into a <see cref="BotFailedException"/>.</summary>
    public async Task<T> Watch<T>(Task<T> scenario)
    {
        try
        {
            return await scenario;
        }
        catch (OperationCanceledException ex) when (Died.IsCancellationRequested)
        {
            throw new BotFailedException("The bot exited", OutputTail, ex);
        }
    }

    // _died is not disposed: the exit callback may still cancel it after we are done.
    public async ValueTask DisposeAsync()
    {
        await Meter.DisposeAsync();
        await _child.DisposeAsync();
    }
}
