using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

// `dotnet run -c Release --project tests/Bot.Benchmarks [-- --filter *Name*]` runs the in-process benchmarks.
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        // `-- broadcast [messages] [overall/s] [per chat/s]`: the reminders' delivery throughput runner (not BenchmarkDotNet).
        if (args is ["broadcast", .. var rest])
        {
            Environment.ExitCode = BroadcastBenchmark.RunAsync(rest).GetAwaiter().GetResult();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
