using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>Who a berkas started online belongs to: a public account, or (a complaint without an account) a name and e-mail.</summary>
public sealed record OnlineOwner(Guid? AccountId, string? ContactName = null, string? ContactEmail = null);

/// <summary>A berkas started online: its number and the token of its public status page (/layanan/status/{token}).</summary>
public sealed record OnlineStarted(Guid CaseId, string Number, string StatusToken);

/// <summary>
/// The applicant's own acts from /layanan: start a berkas of an online SOP, or resubmit the step that came back to them.
/// The caller has checked who the applicant is (<c>CurrentApplicant</c>) and that the berkas is theirs; the engine checks
/// the step is on the applicant's lane. <c>alsoWrite</c> adds rows (uploads, mails) to the same transaction as the step.
/// </summary>
public sealed partial class CaseService
{
    public Task<(CommandOutcome Outcome, OnlineStarted? Started)> StartOnlineAsync(SopDesk.Workflows.Definitions.SopDefinition definition,
        Actor applicant, OnlineOwner owner, IReadOnlyDictionary<string, string> values,
        Action<SopDeskDbContext, Guid>? alsoWrite = null, CancellationToken ct = default) =>
        StartOnlineAsync(definition, applicant, owner, values, Guid.CreateVersion7(time.Now), alsoWrite, ct);

    /// <summary>
    /// As above with the berkas id chosen by the caller: the public form's one-time submission id, so a second post of the
    /// same form hits the primary key in this transaction instead of creating a second berkas.
    /// </summary>
    public async Task<(CommandOutcome Outcome, OnlineStarted? Started)> StartOnlineAsync(SopDesk.Workflows.Definitions.SopDefinition definition,
        Actor applicant, OnlineOwner owner, IReadOnlyDictionary<string, string> values, Guid caseId,
        Action<SopDeskDbContext, Guid>? alsoWrite = null, CancellationToken ct = default)
    {
        if (definition.Online is not { } online) return (CommandOutcome.Failed("Layanan ini tidak tersedia secara online."), null);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        var id = caseId;
        var token = NewStatusToken();
        db.OnlineCases.Add(new OnlineCaseRecord
        {
            CaseId = id, AccountId = owner.AccountId, ContactName = owner.ContactName, ContactEmail = owner.ContactEmail,
            StatusToken = token, Purpose = online.Purpose.ToString(), DefinitionId = definition.Id, SubmittedAt = now,
        });
        alsoWrite?.Invoke(db, id);
        var result = Interpreter.Start(definition, new StartCase(id, values.ToImmutableDictionary(), null), applicant, OfficeContext.Normal, now);
        var outcome = await PersistAsync(db, result, definition, ct);
        return outcome.Ok ? (outcome, new OnlineStarted(id, outcome.CaseNumber!, token)) : (outcome, null);
    }

    /// <summary>Completes the berkas's open step as the applicant (a resubmission after "tidak lengkap").</summary>
    public async Task<CommandOutcome> CompleteOnlineAsync(Guid caseId, Actor applicant, IReadOnlyDictionary<string, string> values,
        Action<SopDeskDbContext>? alsoWrite = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var state = await new CaseStore(db).LoadAsync(caseId, ct);
        if (state?.OpenItem is not { } open) return CommandOutcome.Failed("Berkas ini tidak menunggu Anda.");
        var definition = await catalog.GetVersionAsync(state.DefinitionId, state.DefinitionHash, ct);
        var online = await db.OnlineCases.FirstOrDefaultAsync(o => o.CaseId == caseId, ct);
        if (online is not null) online.Resubmissions++;
        alsoWrite?.Invoke(db);
        var now = time.Now;
        var result = Interpreter.Execute(definition, state, new CompleteStep(open.Id, null, values.ToImmutableDictionary(), null), applicant,
            OfficeContext.Normal, now);
        return await PersistAsync(db, result, definition, ct);
    }

    /// <summary>256 random bits, URL-safe: the status page's address cannot be guessed or walked.</summary>
    internal static string NewStatusToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
