using System.Diagnostics;

namespace SopDesk.Data;

/// <summary>The parts of a step's write transaction, in the order they run.</summary>
public enum WritePart { Begin, References, CompleteItem, UpdateCase, Lateness, Rollup, Registers, Save, Commit, End }

/// <summary>
/// Where a step's write transaction spends its time, summed over many writes (thread-safe). Set on
/// <see cref="CaseStore.Timings"/> by the transitions benchmark; the app leaves it null and pays nothing.
/// </summary>
public sealed class WriteTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<WritePart>().Length];

    private int _commits;

    /// <summary>How many transactions were committed: fewer than the results written when results were group-committed.</summary>
    public int Commits => Volatile.Read(ref _commits);

    public TimeSpan Of(WritePart part) => TimeSpan.FromSeconds(Interlocked.Read(ref _ticks[(int)part]) / (double)Stopwatch.Frequency);

    internal void Add(WritePart part, long since) => Interlocked.Add(ref _ticks[(int)part], Stopwatch.GetTimestamp() - since);

    internal void Committed() => Interlocked.Increment(ref _commits);
}

public sealed partial class CaseStore
{
    /// <summary>Sums the time of each part of every write of this store when set (benchmarks only).</summary>
    public WriteTimings? Timings { get; init; }

    private long Mark() => Timings is null ? 0 : Stopwatch.GetTimestamp();

    private void Took(WritePart part, long since) => Timings?.Add(part, since);
}
