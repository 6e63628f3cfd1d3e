using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Notifications;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Sla;

/// <summary>What one sweep did.</summary>
public sealed record SweepReport(int MarkedDueSoon, int MarkedOverdue, int Breaches, int CaseBreaches, int Escalations, int Notifications)
{
    /// <summary>Items on the pemohon's clock whose lane was reminded that the pemohon's own limit runs out soon.</summary>
    public int ApplicantReminders { get; init; }
    /// <summary>Items whose pemohon's limit ran out: berkas closed to the SOP's end, or the lane alerted.</summary>
    public int ApplicantExpiries { get; init; }
}

/// <summary>
/// One pass of the SLA watcher over the database: marks open steps due soon / overdue, records each breach once
/// and tells whoever has the step, escalates breaches past the grace period to the lane's superior, watches whole-case
/// deadlines (warning before them), watches the pemohon's own limits (SlaSweep.ApplicantLimits), tells a complainant once when the complaint's deadline passes (SlaSweep.Complaints), and reminds the office profile's report recipient of the monthly report. Everything it does is decided from
/// the stored state (never from memory of an earlier pass), so a restart neither misses nor repeats anything. Each rule
/// for a berkas is read from the definition version that berkas runs on. One instance per sweep (the watcher takes a
/// new scope each time).
/// </summary>
public sealed partial class SlaSweep(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time,
    StaffDirectory staff, SlaSettings settings, CaseEvents events, ILogger<SlaSweep> log, Office.OfficeProfileService office,
    SopDesk.Web.Features.Mail.MailSettings mail)
{
    private const string Overdue = nameof(DueState.Overdue);
    private const string DueSoon = nameof(DueState.DueSoon);

    public async Task<SweepReport> RunAsync(CancellationToken ct = default)
    {
        using var activity = Operations.SopDeskTelemetry.Source.StartActivity("sopdesk.sla.sweep");
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.Now;
        var (dueSoon, overdue, breaches, notified) = await MarkStepsAsync(now, ct);
        var (caseBreaches, caseNotified) = await WatchCaseDeadlinesAsync(now, ct);
        var (escalations, escalationNotified) = await EscalateAsync(now, ct);
        var (applicantReminders, applicantExpiries, applicantNotified) = await WatchApplicantLimitsAsync(now, ct);
        var reminded = await RemindMonthlyReportAsync(now, ct);
        var report = new SweepReport(dueSoon, overdue, breaches, caseBreaches, escalations,
            notified + caseNotified + escalationNotified + reminded + applicantNotified)
        { ApplicantReminders = applicantReminders, ApplicantExpiries = applicantExpiries };
        if (report != new SweepReport(0, 0, 0, 0, 0, 0)) log.LogInformation("SLA sweep at {Now}: {Report}", now, report);
        Operations.SopDeskTelemetry.Swept(report.Breaches + report.CaseBreaches, System.Diagnostics.Stopwatch.GetElapsedTime(started), activity);
        return report;
    }

    private async Task<(int DueSoon, int Overdue, int Breaches, int Notified)> MarkStepsAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = await db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Open && w.DueAt != null && (w.SlaState == null || w.SlaState != Overdue))
            .Join(db.Cases, w => w.CaseId, c => c.Id, (w, c) => new OpenStep(w.Id, w.CaseId, c.Number, w.DefinitionId, c.DefinitionHash, w.StepId, w.LaneId, w.Roles,
                w.ArrivedAt, w.DueAt!.Value, w.SlaState, w.HolderUserId, w.HolderName))
            .ToListAsync(ct);
        var (dueSoon, overdue, breaches, notified) = (0, 0, 0, 0);
        foreach (var item in open)
        {
            var state = time.Calendar.StateAt(item.ArrivedAt, item.DueAt, now);
            if (state == DueState.DueSoon && item.SlaState is null)
            {
                dueSoon += await db.WorkItems.Where(w => w.Id == item.Id && w.Status == WorkItemStatus.Open)
                    .ExecuteUpdateAsync(set => set.SetProperty(w => w.SlaState, DueSoon), ct);
            }
            else if (state == DueState.Overdue)
            {
                var (breached, told) = await MarkOverdueAsync(db, item, now, ct);
                (overdue, breaches, notified) = (overdue + 1, breaches + breached, notified + told);
                events.Publish(Live.CaseChange.OfStoredItem(item.CaseId, item.Roles, item.HolderUserId));
            }
        }
        return (dueSoon, overdue, breaches, notified);
    }

    /// <summary>Marks the step overdue and, where lateness is the office's, records the breach and tells the holder (or the lane).</summary>
    private async Task<(int Breached, int Notified)> MarkOverdueAsync(SopDeskDbContext db, OpenStep item, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var marked = await db.WorkItems.Where(w => w.Id == item.Id && w.Status == WorkItemStatus.Open)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.SlaState, Overdue), ct);
        var step = (await catalog.GetVersionAsync(item.DefinitionId, item.DefinitionHash, ct)).Steps.FirstOrDefault(s => s.Id == item.StepId);
        if (marked == 0 || step is null || !step.CountsAgainstOffice)
        {
            await tx.CommitAsync(ct);
            return (0, 0);
        }
        var key = SlaBreachRecord.ItemKey(item.Id);
        var breached = 0;
        // The UPDATE above holds the item's row lock until commit, and a step finishing this item updates that row before
        // it looks for a breach (CaseStore.WriteAsync): one waits for the other, so exactly one of them inserts the breach.
        if (!await db.SlaBreaches.AnyAsync(b => b.Key == key, ct))
        {
            db.SlaBreaches.Add(CaseStore.NewStepBreach(item.CaseId, item.Id, item.DefinitionId, step, item.DueAt, now, item.HolderUserId, item.HolderName));
            breached = 1;
        }
        var notice = new Notice($"overdue:{key}", "Terlambat", $"Terlambat: {item.CaseNumber}",
            $"Langkah {step.Number} \"{step.Kegiatan}\" melewati target {step.Waktu.Text} (jatuh tempo {time.FormatDateTime(item.DueAt)}).", item.CaseId);
        var notified = await Notifier.AddOnceAsync(db, HoldersOrLane(item.HolderUserId, item.Roles, await EveryoneAsync(ct)), notice, now, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (breached, notified);
    }

    private IReadOnlyList<StaffRef>? _everyone;

    /// <summary>Active staff and their roles, read once per sweep and only when someone is to be told.</summary>
    private async Task<IReadOnlyList<StaffRef>> EveryoneAsync(CancellationToken ct) => _everyone ??= await staff.AllAsync(ct);

    /// <summary>The officer holding the item, or everyone active in the item's lane while nobody holds it.</summary>
    private static IEnumerable<string> HoldersOrLane(string? holderUserId, string encodedRoles, IReadOnlyList<StaffRef> everyone) =>
        holderUserId is not null ? [holderUserId] : WithRoles(encodedRoles.Split('|', StringSplitOptions.RemoveEmptyEntries), everyone);

    private static IEnumerable<string> WithRoles(IEnumerable<string> roles, IReadOnlyList<StaffRef> everyone) =>
        everyone.Where(s => s.Roles.Overlaps(roles)).Select(s => s.UserId);

    private sealed record OpenStep(Guid Id, Guid CaseId, string CaseNumber, string DefinitionId, string DefinitionHash, string StepId, string LaneId, string Roles,
        DateTimeOffset ArrivedAt, DateTimeOffset DueAt, string? SlaState, string? HolderUserId, string? HolderName);
}
