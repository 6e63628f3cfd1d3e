using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>The answer to an officer's command: done (with the berkas), or why not.</summary>
public sealed record CommandOutcome(bool Ok, string? Message, ImmutableDictionary<string, string> FieldErrors, Guid? CaseId = null, string? CaseNumber = null)
{
    public static CommandOutcome Done(Guid caseId, string? number) => new(true, null, ImmutableDictionary<string, string>.Empty, caseId, number);
    public static CommandOutcome Failed(string message) => new(false, message, ImmutableDictionary<string, string>.Empty);
}

/// <summary>
/// Every act on a berkas goes through here: it learns the acting officer now (<see cref="CurrentStaff"/>: live session,
/// roles from the database), asks the engine on the server (whatever the page showed), and writes the result in one transaction.
/// </summary>
public sealed partial class CaseService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time,
    StaffDirectory staff, CaseEvents events, CurrentStaff current, Office.OfficeProfileService officeProfile)
{
    public Task<CommandOutcome> StartAsync(string definitionId, IReadOnlyDictionary<string, string> values, ClaimsPrincipal user, CancellationToken ct = default) =>
        StartAsync(definitionId, values, user, null, ct);

    /// <summary>As above; <paramref name="alsoWrite"/> adds rows (e.g. a canvassed vacancy) to the berkas's own transaction, given its id.</summary>
    public async Task<CommandOutcome> StartAsync(string definitionId, IReadOnlyDictionary<string, string> values, ClaimsPrincipal user,
        Action<SopDeskDbContext, Guid>? alsoWrite, CancellationToken ct = default)
    {
        if (catalog.Find(definitionId) is not { } definition) return CommandOutcome.Failed($"SOP '{definitionId}' tidak ditemukan.");
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        var command = new StartCase(Guid.CreateVersion7(now), values.ToImmutableDictionary(), null);
        alsoWrite?.Invoke(db, command.CaseId);
        var result = Interpreter.Start(definition, command, actor, await OfficeContextAsync(db, officeProfile.Current, now, ct), now);
        return await PersistAsync(db, result, definition, ct);
    }

    public async Task<CommandOutcome> CompleteAsync(Guid caseId, Guid workItemId, string? outcomeId, IReadOnlyDictionary<string, string> values, string? note,
        ClaimsPrincipal user, string? disposeToUserId = null, CancellationToken ct = default)
    {
        StaffRef? disposeTo = null;
        if (!string.IsNullOrEmpty(disposeToUserId) && (disposeTo = await staff.FindAsync(disposeToUserId, ct)) is null)
            return CommandOutcome.Failed("Pegawai tujuan disposisi tidak ditemukan atau tidak aktif.");
        return await ActAsync(caseId, new CompleteStep(workItemId, outcomeId, values.ToImmutableDictionary(), note) { DisposeTo = disposeTo }, user, ct);
    }

    public Task<CommandOutcome> CloseReturnedAsync(Guid caseId, Guid workItemId, string note, ClaimsPrincipal user, CancellationToken ct = default) =>
        ActAsync(caseId, new CloseReturnedCase(workItemId, note), user, ct);

    /// <summary>May this officer start a case of <paramref name="definition"/>? (what the page offers; <see cref="StartAsync"/> checks again)</summary>
    public bool MayStart(SopDefinition definition, ClaimsPrincipal user) =>
        Interpreter.MayStart(definition, ActorFactory.FromPrincipal(user), OfficeContext.Normal);

    /// <summary>
    /// Everything the berkas page shows, for this officer. A pure read: the page journals the opening
    /// (<see cref="RecordOpeningAsync"/>) and marks a disposisi seen (<see cref="MarkDisposisiSeenAsync"/>) once, itself.
    /// </summary>
    public async Task<CaseDetail?> GetDetailAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (row is null) return null;
        var items = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == caseId).OrderBy(w => w.Sequence).ToListAsync(ct);
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var actor = await current.RequireAsync(user, ct);
        var now = time.Now;
        var open = items.FirstOrDefault(i => i.Status == WorkItemStatus.Open);
        var journal = await db.Journal.AsNoTracking().Where(j => j.CaseId == caseId).OrderBy(j => j.Id).ToListAsync(ct);
        var state = CaseStore.StateWithHistory(row, items).WithReaders(Readers(journal, open));
        var office = await OfficeContextAsync(db, officeProfile.Current, now, ct);
        var seesPersonalData = PersonalDataPolicy.MaySee(definition, actor);
        var allowed = Interpreter.AllowedActions(definition, state, actor, office);
        return new CaseDetail(row, definition, state, items, journal, allowed, seesPersonalData)
        {
            WhyNotComplete = Interpreter.WhyNotComplete(definition, state, actor, office),
            Colleagues = allowed.Any(a => a.Command is CommandKind.Reassign or CommandKind.Dispose)
                ? await staff.EligibleForAsync(definition, definition.Step(state.OpenItem!.StepId), office, ct) : [],
            NextStepStaff = NextStep(definition, state, allowed) is { } next ? await staff.EligibleForAsync(definition, next, office, ct) : [],
            // Documents carry the applicant's personal data: their print buttons only for those who may see it.
            Documents = seesPersonalData
                ? await db.RegisterEntries.AsNoTracking().Where(e => e.CaseId == caseId && e.Document != null).Select(e => e.Document!).Distinct().ToListAsync(ct)
                : [],
        };
    }

    private CaseInterpreter Interpreter => new(time.Calendar);

    /// <summary>The step a disposisi step leads on to, when the actor may complete one now.</summary>
    private static Step? NextStep(SopDefinition definition, CaseState state, IReadOnlyList<AllowedAction> allowed)
    {
        if (!allowed.Any(a => a.Command == CommandKind.Complete) || definition.Step(state.OpenItem!.StepId) is not { Kind: StepKind.Disposisi } step) return null;
        var target = step.Next ?? step.Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Forward)?.Next;
        return target is null || definition.IsEnd(target) ? null : definition.Step(target);
    }

    private async Task<CommandOutcome> ActAsync(Guid caseId, CaseCommand command, ClaimsPrincipal user, CancellationToken ct)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await new CaseStore(db).LoadAsync(caseId, ct);
        if (state is null) return CommandOutcome.Failed("Berkas tidak ditemukan.");
        state = state.WithReaders(await ReadersAsync(db, state, ct));
        var definition = await catalog.GetVersionAsync(state.DefinitionId, state.DefinitionHash, ct);
        var now = time.Now;
        var result = Interpreter.Execute(definition, state, command, actor, await OfficeContextAsync(db, officeProfile.Current, now, ct), now);
        return await PersistAsync(db, result, definition, ct, state.OpenItem);
    }

    private async Task<CommandOutcome> PersistAsync(SopDeskDbContext db, EngineResult result, SopDefinition definition, CancellationToken ct,
        WorkItemState? before = null)
    {
        var store = new CaseStore(db);
        var (caseId, written) = result switch
        {
            Refused refused => (Guid.Empty, null),
            Accepted accepted => (accepted.State.CaseId,
                await Operations.SopDeskTelemetry.TransitionAsync(definition.Id, () => store.ApplyAsync(accepted, definition, time.Calendar.Zone, null, ct))),
            HolderChanged changed => (changed.CaseId, await store.ApplyHolderAsync(changed, time.Calendar.Zone, null, ct)),
            _ => (Guid.Empty, (ApplyResult?)null),
        };
        switch (written)
        {
            case Applied applied:
                events.Publish(Live.CaseChange.OfItems(caseId, definition, before, (result as Accepted)?.Closed?.Item, (result as Accepted)?.Opened, (result as HolderChanged)?.Item));
                return CommandOutcome.Done(caseId, applied.NewCaseNumber);
            case Conflict conflict:
                return CommandOutcome.Failed(conflict.Message);
            case Invalid invalid:
                return new CommandOutcome(false, "Periksa isian yang ditandai.", invalid.FieldErrors);
            default:
                return result is Refused no ? new CommandOutcome(false, no.Message, no.FieldErrors) : CommandOutcome.Failed("Hasil tidak dikenal.");
        }
    }

    /// <summary>
    /// Officials absent now (a Plh. acts for them where the SOP's substitution rules allow), and the office profile's
    /// supervisors (who may reassign and dispose).
    /// </summary>
    internal static async Task<OfficeContext> OfficeContextAsync(SopDeskDbContext db, Office.OfficeProfile profile, DateTimeOffset now, CancellationToken ct)
    {
        var absent = await db.Absences.AsNoTracking().Where(a => a.From <= now && a.To > now)
            .Select(a => new Absence(a.Role, a.ActingUserId)).ToListAsync(ct);
        return new OfficeContext([.. absent]) { SupervisorRoles = [.. profile.SupervisorRoles] };
    }
}

/// <summary>Everything the berkas page shows, computed for one officer.</summary>
public sealed record CaseDetail(
    CaseRecord Case,
    SopDefinition Definition,
    CaseState State,
    IReadOnlyList<WorkItemRecord> Items,
    IReadOnlyList<JournalRecord> Journal,
    IReadOnlyList<AllowedAction> Allowed,
    bool SeesPersonalData)
{
    /// <summary>Active staff who may act on the open step (targets of a reassignment or disposisi).</summary>
    public IReadOnlyList<StaffRef> Colleagues { get; init; } = [];
    /// <summary>On a disposisi step: who may act on the step it leads to (the disposisi's recipients).</summary>
    public IReadOnlyList<StaffRef> NextStepStaff { get; init; } = [];
    /// <summary>Why this officer may not complete the open step now (e.g. not read before signing), or null.</summary>
    public Refused? WhyNotComplete { get; init; }
    /// <summary>The document kinds the berkas has a register line for (kartu-ak1, rekomendasi-paspor), when the officer may print them.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];
}
