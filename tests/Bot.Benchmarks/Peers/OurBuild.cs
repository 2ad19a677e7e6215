using System.Diagnostics;

namespace Bot.Benchmarks.Peers;

/// <summary>One way our bot is built: <c>ours</c> (the Release build beside the benchmark, what the CI smoke test runs),
/// <c>ours-r2r</c> (published ReadyToRun, needs the .NET runtime) or <c>ours-aot</c> (published Native AOT, the
/// recommended deployment).</summary>
/// <param name="Key">The <c>--bots</c> name.</param>
/// <param name="Name">The column heading.</param>
/// <param name="Entry">A <c>Bot.dll</c> (run with <c>dotnet</c>) or the native executable.</param>
public sealed record OurBuild(string Key, string Name, string Entry)
{
    public const string Plain = "ours";
    public const string ReadyToRun = "ours-r2r";
    public const string NativeAot = "ours-aot";

    public static IReadOnlyList<string> Keys { get; } = [Plain, ReadyToRun, NativeAot];

    public static string NameOf(string key) => key switch
    {
        ReadyToRun => "ours R2R",
        NativeAot => "ours AOT",
        _ => "ours",
    };

    public ProcessStartInfo StartInfo()
    {
        if (!Entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) return new ProcessStartInfo(Entry);
        var info = new ProcessStartInfo("dotnet");
        info.ArgumentList.Add(Entry);
        return info;
    }
}
