using BenchmarkDotNet.Running;

namespace Bot.Benchmarks;

// `dotnet run -c Release --project tests/Bot.Benchmarks [-- --filter *Name*]` runs the in-process benchmarks.
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
