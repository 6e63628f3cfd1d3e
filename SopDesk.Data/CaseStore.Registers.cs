using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data;

public sealed partial class CaseStore
{
    /// <summary>
    /// The registers a finished step writes: at a register's step the berkas gets its number (or, with an active line
    /// already, its values refreshed); a signature issues the berkas's documents. Runs inside the step's write
    /// transaction, so two berkas finishing at once get consecutive numbers and a rolled-back step takes its number back.
    /// </summary>
    private async Task RecordRegistersAsync(CompletedItem done, CaseState state, SopDefinition definition, string? caseNumber, TimeZoneInfo officeZone,
        CancellationToken ct)
    {
        var step = definition.Step(done.Item.StepId);
        foreach (var register in definition.Registers.Where(r => r.At == step.Id))
        {
            caseNumber ??= await db.Cases.Where(c => c.Id == state.CaseId).Select(c => c.Number).FirstAsync(ct);
            // A cancelled line keeps its number; the berkas then gets a new one (e.g. a misprinted card is re-issued).
            var entry = await db.RegisterEntries.FirstOrDefaultAsync(e => e.RegisterId == register.Id && e.CaseId == state.CaseId
                && e.Status == RegisterEntryStatus.Active, ct) ?? await NewEntryAsync(register, done, state.CaseId, definition, caseNumber, officeZone, ct);
            entry.ApplicantName = definition.Summary.ApplicantNameField is { } name ? state.Data.GetValueOrDefault(name, "") : "";
            entry.Nik = definition.Summary.NikField is { } nik ? state.Data.GetValueOrDefault(nik) : null;
            entry.ValuesJson = JsonSerializer.Serialize(await ColumnValuesAsync(register, done, state, caseNumber, ct));
            entry.SearchText = $"{entry.Number} {entry.CaseNumber} {entry.ApplicantName} {entry.Nik}".ToLowerInvariant();
        }
        // Only a SOP whose registers issue documents can have one waiting for this signature: the others skip the lookup.
        if (step.Kind == StepKind.Sign && IsForward(step, done.OutcomeId) && definition.Registers.Any(r => r.Document is not null))
            await IssueDocumentsAsync(done, step, state.CaseId, definition, officeZone, ct);
    }

    private async Task<RegisterEntryRecord> NewEntryAsync(RegisterDefinition register, CompletedItem done, Guid caseId, SopDefinition definition, string caseNumber,
        TimeZoneInfo officeZone, CancellationToken ct)
    {
        var day = OfficeDays.DayOf(done.DoneAt, officeZone); // the number's year turns at midnight in the office's zone
        var sequence = await Counters.NextRegisterLineAsync(db, register.Id, day.Year, ct);
        var entry = new RegisterEntryRecord
        {
            Id = Guid.CreateVersion7(done.DoneAt), RegisterId = register.Id, DefinitionId = definition.Id, Year = day.Year, Sequence = sequence,
            Number = RegisterNumber.Format(register, sequence, day), CaseId = caseId, CaseNumber = caseNumber,
            AssignedAt = done.DoneAt, AssignedByUserId = done.ActorUserId, AssignedByName = done.ActorName, Status = RegisterEntryStatus.Active,
            Document = register.Document?.Id, VerificationToken = register.Document is null ? null : NewToken(),
        };
        db.RegisterEntries.Add(entry);
        return entry;
    }

    /// <summary>The register's column values now: form fields from the berkas, system values from the case and its steps.</summary>
    private async Task<Dictionary<string, string>> ColumnValuesAsync(RegisterDefinition register, CompletedItem done, CaseState state, string caseNumber,
        CancellationToken ct)
    {
        var values = new Dictionary<string, string>();
        foreach (var source in register.Columns.Select(c => c.Source).Distinct())
        {
            if (source is "register.number" or "register.date" or DocumentSources.ValidUntil or DocumentSources.SignedAt) continue; // the entry's own columns
            if (source == ColumnSources.CaseNumber) values[source] = caseNumber;
            else if (source.StartsWith("step.", StringComparison.Ordinal)) values[source] = await StepValueAsync(source, done, state.CaseId, ct) ?? "";
            else values[source] = state.Data.GetValueOrDefault(source, "");
        }
        return values;
    }

    /// <summary>"step.&lt;id&gt;.actor" or "step.&lt;id&gt;.at" (ISO 8601) of the step's latest completion.</summary>
    private async Task<string?> StepValueAsync(string source, CompletedItem done, Guid caseId, CancellationToken ct)
    {
        var parts = source.Split('.');
        var (stepId, what) = (parts[1], parts[2]);
        if (stepId == done.Item.StepId) return what == "actor" ? done.ActorName : done.DoneAt.ToString("O");
        var last = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == caseId && w.StepId == stepId && w.Status == WorkItemStatus.Done)
            .OrderByDescending(w => w.Sequence).Select(w => new { w.ActorName, w.DoneAt }).FirstOrDefaultAsync(ct);
        return last is null ? null : what == "actor" ? last.ActorName : last.DoneAt?.ToString("O");
    }

    /// <summary>
    /// The signature issues the berkas's documents this step signs (the one its declaration names in "signedAt", or any
    /// sign step when it names none): signed now, by whom, in what capacity, valid for the document's months.
    /// </summary>
    private async Task IssueDocumentsAsync(CompletedItem done, Step step, Guid caseId, SopDefinition definition, TimeZoneInfo officeZone, CancellationToken ct)
    {
        var entries = await db.RegisterEntries.Where(e => e.CaseId == caseId && e.Document != null && e.SignedAt == null && e.Status == RegisterEntryStatus.Active)
            .ToListAsync(ct);
        foreach (var entry in entries)
        {
            var register = definition.Registers.FirstOrDefault(r => r.Id == entry.RegisterId);
            if (register?.Document?.SignedAt is { } signedAt && signedAt != step.Id) continue;
            entry.SignedAt = done.DoneAt;
            entry.SignedByUserId = done.ActorUserId;
            entry.SignedByName = done.ActorName;
            entry.SignedAs = done.ActingAs;
            entry.ValidUntil = register?.DocumentValidMonths is { } months ? DocumentValidity.Until(done.DoneAt, months, officeZone) : null;
        }
    }

    /// <summary>
    /// Fields that must name a valid entry of a register (the AK1 number a passport recommendation needs): checked under
    /// the write lock, so a card cancelled a moment before cannot slip through.
    /// </summary>
    private async Task<ImmutableDictionary<string, string>> ReferenceErrorsAsync(CompletedItem submitted, CaseState state, SopDefinition definition,
        TimeZoneInfo officeZone, CancellationToken ct)
    {
        var errors = ImmutableDictionary<string, string>.Empty;
        var nik = definition.Summary.NikField is { } nikField ? state.Data.GetValueOrDefault(nikField) : null;
        foreach (var field in definition.Step(submitted.Item.StepId).Fields.Where(f => f.Register is not null))
        {
            if (submitted.Values.GetValueOrDefault(field.Id)?.Trim() is not { Length: > 0 } number) continue;
            var entry = await RegisterBook.FindByNumberAsync(db, field.Register!, number, ct);
            if (DocumentStatus.ProblemAsReference(entry, field.Label, number, nik, submitted.DoneAt, officeZone) is { } problem)
                errors = errors.Add(field.Id, problem);
        }
        return errors;
    }

    private static bool IsForward(Step step, string? outcomeId) =>
        !step.HasOutcomes || step.Outcomes.FirstOrDefault(o => o.Id == outcomeId) is { Kind: OutcomeKind.Forward };

    /// <summary>128 random bits, URL-safe: a QR code's key that cannot be guessed or enumerated.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
