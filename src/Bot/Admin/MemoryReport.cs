using System.Diagnostics;

namespace Bot.Admin;

/// <summary>What the process holds in memory, for /stats: the resident set (what the machine pays for), the GC heap as
/// the last collection left it and what the GC keeps committed for it, and the gen0 budget cap the GC actually runs
/// with (0: none set, the runtime sizes gen0 from the CPU's cache). The cap is read back from the GC rather than from
/// the project file because a Native AOT binary silently ignores settings it does not know (BENCHMARKS.md).</summary>
public sealed record MemoryReport(long ResidentBytes, long HeapBytes, long CommittedBytes, long Gen0BudgetBytes)
{
    public static MemoryReport Now()
    {
        using var self = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        var budget = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var value) && value is long bytes ? bytes : 0;
        return new MemoryReport(self.WorkingSet64, gc.HeapSizeBytes, gc.TotalCommittedBytes, budget);
    }

    public long ResidentMegabytes => Megabytes(ResidentBytes);

    public long HeapMegabytes => Megabytes(HeapBytes);

    public long CommittedMegabytes => Megabytes(CommittedBytes);

    public long Gen0BudgetMegabytes => Megabytes(Gen0BudgetBytes);

    private static long Megabytes(long bytes) => (bytes + (1 << 19)) >> 20;
}
