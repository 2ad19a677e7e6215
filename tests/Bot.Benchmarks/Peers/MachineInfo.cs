using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Bot.Benchmarks.Peers;

/// <summary>What the figures were measured on, from /proc and the runtimes themselves.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string Os, string DotNet, string Node)
{
    public static async Task<MachineInfo> ReadAsync()
    {
        var cpu = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var mem = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memGb = long.TryParse(mem.Split(' ')[0], out var kb) ? $"{kb / 1024.0 / 1024.0:0.0} GiB" : mem;
        string node;
        try
        {
            node = (await ChildProcess.RunAsync(new ProcessStartInfo("node", "--version"), TimeSpan.FromSeconds(30))).Trim();
        }
        catch (InvalidOperationException)
        {
            node = "not found";
        }

        return new MachineInfo(cpu, Environment.ProcessorCount, memGb, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription, node);
    }

    public override string ToString() => $"{Cpu}, {Cores} cores (nproc), {Memory} RAM, {Os}; {DotNet}; Node {Node}";

    private static IEnumerable<string> ReadLines(string path) => File.Exists(path) ? File.ReadLines(path) : [];
}
