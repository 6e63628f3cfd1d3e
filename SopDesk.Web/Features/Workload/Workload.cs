namespace SopDesk.Web.Features.Workload;

/// <summary>
/// The office's open work and recent throughput as a supervisor reads them, for one SOP or all of them.
/// Items waiting on the pemohon (no due time: the office's clock does not run) count in the lane totals
/// but are not aged and not among the oldest — their age is the pemohon's time, not the office's load.
/// </summary>
public sealed record Workload(
    IReadOnlyList<LaneLoad> Lanes,
    IReadOnlyList<OfficerLoad> Officers,
    IReadOnlyList<AgeBucket> Ageing,
    int WaitingOnApplicant,
    IReadOnlyList<WeekThroughput> Weeks,
    IReadOnlyList<OldItem> Oldest)
{
    public int Open => Lanes.Sum(l => l.Open);
    public int Overdue => Lanes.Sum(l => l.Overdue);
    public int Unclaimed => Lanes.Sum(l => l.Unclaimed);
}

/// <summary>Open items of one lane (lane id, name from the SOP file), with those nobody has taken and those past due.</summary>
public sealed record LaneLoad(string LaneId, string Name, IReadOnlyList<string> Roles, int Open, int Unclaimed, int Overdue);

/// <summary>Open items one officer holds; <see cref="UserId"/> null is the lanes' pool (belum diambil).</summary>
public sealed record OfficerLoad(string? UserId, string Name, int Open, int Overdue);

/// <summary>Open items whose whole hari kerja since arrival lie in [MinDays, MaxDays] (MaxDays null: no upper bound).</summary>
public sealed record AgeBucket(string Label, int MinDays, int? MaxDays, int Count);

/// <summary>Items finished in the office week starting on <see cref="Monday"/>.</summary>
public sealed record WeekThroughput(DateOnly Monday, int Done);

/// <summary>One of the oldest open items: where it waits, who holds it, how long in office time.</summary>
public sealed record OldItem(Guid CaseId, string CaseNumber, string ApplicantName, string DefinitionId, string StepId, string LaneId,
    string? HolderName, DateTimeOffset ArrivedAt, DateTimeOffset? DueAt, TimeSpan WorkingAge);
