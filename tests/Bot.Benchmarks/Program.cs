using BenchmarkDotNet.Running;
using Bot.Benchmarks.Peers;

namespace Bot.Benchmarks;

// `dotnet run -c Release --project tests/Bot.Benchmarks [-- --filter *Name*]` runs the in-process benchmarks;
// `… -- peers [--updates N --chats N --broadcast N]` runs our bot and the grammY peer side by side (BENCHMARKS.md);
// `… -- parser-pairs [seconds] [sofastack|others]` times the parser benchmark's two sides alternately.
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "peers")
        {
            return await PeersCommand.RunAsync(args[1..], Console.Out);
        }

        // `-- broadcast [messages] [overall/s] [per chat/s]`: the reminders' delivery throughput runner (not BenchmarkDotNet).
        if (args is ["broadcast", .. var rest])
        {
            return await BroadcastBenchmark.RunAsync(rest);
        }

        // `-- cluster-broadcast [chats] [overall/s] [instances …]`: one broadcast from 1 and from 3 bot processes on PostgreSQL.
        if (args is ["cluster-broadcast", .. var clusterArgs])
        {
            return await Cluster.ClusterBroadcastCommand.RunAsync(clusterArgs, Console.Out);
        }

        // `-- parser-pairs [seconds]`: the parser benchmark's sides timed alternately (robust to load bursts).
        if (args is ["parser-pairs", .. var pairArgs])
        {
            return ParserPairs.Run(pairArgs, Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
