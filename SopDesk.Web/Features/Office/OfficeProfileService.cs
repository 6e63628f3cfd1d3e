using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Office;

/// <summary>
/// The office profile, read from its row once and kept in memory: every request, sweep and document reads
/// <see cref="Current"/>. Saving (administrators only, re-checked against the database) writes the row and its journal
/// line in one transaction and replaces the cached value at once.
/// </summary>
public sealed class OfficeProfileService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionsInUse definitions, OfficeTime time, CurrentStaff current)
{
    public const string NotAdministrator = "Hanya administrator yang boleh mengubah data kantor.";
    public const string ChangedAction = "OfficeProfileChanged";

    private OfficeProfile? _current;

    public OfficeProfile Current => _current ?? throw new InvalidOperationException("The office profile is read at start (Startup.PrepareAsync).");

    /// <summary>At start: the stored profile, or — on a new database — the one from configuration, stored.</summary>
    public async Task LoadAsync(IConfiguration configuration, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.OfficeProfile.AsNoTracking().FirstOrDefaultAsync(ct) is { } row)
        {
            _current = OfficeProfileMapping.ToProfile(row);
            return;
        }
        var seeded = OfficeProfileDefaults.Read(configuration);
        var record = new OfficeProfileRecord();
        OfficeProfileMapping.Apply(seeded, record, time.Now);
        db.OfficeProfile.Add(record);
        await db.SaveChangesAsync(ct);
        _current = seeded;
    }

    /// <summary>The form as it was typed: read, checked against the loaded SOPs' lane roles, stored and journaled — or why not.</summary>
    public async Task<OfficeProfileOutcome> SaveAsync(OfficeProfileForm form, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        var check = await current.CheckAdministratorAsync(admin, NotAdministrator, ct);
        if (check.Actor is not { } actor) return OfficeProfileOutcome.Failed(check.Refusal!);
        var (profile, parseErrors) = form.ToProfile();
        if (profile is null) return OfficeProfileOutcome.Invalid(parseErrors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.TakeTurnAsync("office-profile", ct); // the journal lists the changes against what the other admin stored
        var errors = OfficeProfileRules.Check(profile, await definitions.LaneRolesAsync(ct));
        if (!errors.IsEmpty) return OfficeProfileOutcome.Invalid(errors);
        var row = await db.OfficeProfile.SingleAsync(ct);
        var changes = OfficeProfileChanges.Between(OfficeProfileMapping.ToProfile(row), profile);
        if (changes.Count == 0) return OfficeProfileOutcome.Failed("Tidak ada perubahan.");
        OfficeProfileMapping.Apply(profile, row, time.Now);
        db.Journal.Add(JournalRecord.For(actor, time.Now, ChangedAction, $"Data kantor diubah: {string.Join("; ", changes)}", actingAs: Roles.Admin));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        _current = profile;
        return OfficeProfileOutcome.Done;
    }
}
