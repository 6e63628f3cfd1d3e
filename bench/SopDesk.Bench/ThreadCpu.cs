using System.Runtime.InteropServices;

namespace SopDesk.Bench;

/// <summary>
/// CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): what one query costs, without the time it spent
/// waiting for a core on a machine shared with other work. SQLite runs on the calling thread (its async methods
/// complete synchronously), so a query's cost is measured whole. Zero where the clock is not available.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var t) != 0) return 0;
        return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
    }
}
