using System.Runtime.InteropServices;

namespace Bot.Benchmarks;

/// <summary>CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>). On the shared 2-core
/// machine the wall clock of a pass mostly measures the other processes' load; the thread's own CPU time does not
/// count the time it waited for a core.</summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>Milliseconds of CPU the thread has used, or NaN where the clock is not available.</summary>
    public static double NowMilliseconds()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6) : double.NaN;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }
}
