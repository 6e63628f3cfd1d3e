namespace SopDesk.Data.Entities;

/// <summary>
/// The finished steps of one SOP step on one office day or month, for all officers (<see cref="AllOfficers"/>) or
/// one: how many, how many had a due time and kept it, and the exact histogram of their working minutes. Kept up
/// in the transaction that finishes a step, so the time-per-step dashboard reads a few thousand rows instead of
/// millions of work items.
/// </summary>
public sealed class StepTimeRollupRecord
{
    public const string AllOfficers = "*";

    public long Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public string StepId { get; set; } = "";
    public string LaneId { get; set; } = "";
    /// <summary>The officer who did the steps, or <see cref="AllOfficers"/>.</summary>
    public string ActorKey { get; set; } = AllOfficers;
    public RollupPeriod Period { get; set; }
    /// <summary>The office-local day, or the first day of the month.</summary>
    public DateOnly PeriodStart { get; set; }
    public int Count { get; set; }
    public int WithDueTime { get; set; }
    public int WithinTarget { get; set; }
    /// <summary>A <see cref="Dashboards.MinuteHistogram"/> in its encoded form.</summary>
    public byte[] Histogram { get; set; } = [];
}

public enum RollupPeriod { Day, Month }
