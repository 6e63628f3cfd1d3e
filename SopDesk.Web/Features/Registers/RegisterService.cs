using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Registers;

/// <summary>A register and the SOP that declares it (the served version, else the newest stored one of a removed file).</summary>
public sealed record RegisterInfo(SopDefinition Definition, RegisterDefinition Register);

/// <summary>One line of the page: the entry and its typed column values (masked where the reader may not see personal data).</summary>
public sealed record RegisterLine(RegisterEntryRecord Entry, object?[] Values);

public sealed record RegisterPageResult(IReadOnlyList<RegisterColumnView> Columns, IReadOnlyList<RegisterLine> Lines, int Total, bool MaySeePersonal);

/// <summary>The buku register pages' reads and the cancellation of a line — access checked here, whatever the page shows.</summary>
public sealed class RegisterService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, CaseEvents events,
    CurrentStaff current, Office.OfficeProfileService office)
{
    public async Task<IReadOnlyList<RegisterInfo>> ReadableAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = await current.RequireAsync(user, ct);
        return [.. All().Where(r => RegisterAccess.MayRead(r.Definition, actor, office.Current))];
    }

    public RegisterInfo? Find(string registerId) => All().FirstOrDefault(r => r.Register.Id == registerId);

    /// <summary>
    /// A page of lines. A search by a full NIK finds lines only for readers with a need to know (the SOP's lanes,
    /// supervisors) and is journaled, once per search (on its first page).
    /// </summary>
    public async Task<RegisterPageResult> PageAsync(ClaimsPrincipal user, RegisterFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var (info, maySeePersonal, actor) = await DemandAsync(user, filter.RegisterId, ct);
        var columns = RegisterColumns.Of(info.Definition, info.Register);
        var byNik = PersonalDataPolicy.IsFullNik(filter.Text);
        if (byNik && !PersonalDataPolicy.MayFindByNik(info.Definition, actor, office.Current)) return new RegisterPageResult(columns, [], 0, maySeePersonal);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (rows, total) = await RegisterBook.PageAsync(db, filter, time.Calendar.Zone, skip, take, ct);
        if (byNik && skip == 0)
        {
            db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.PersonalDataSearched,
                $"Mencari NIK {PersonalDataPolicy.MaskNik(filter.Text!.Trim())} di {info.Register.Name}: {total} baris ditemukan"));
            await db.SaveChangesAsync(ct);
        }
        return new RegisterPageResult(columns, [.. rows.Select(r => new RegisterLine(r, RegisterColumns.Values(r, columns, time.Calendar.Zone, maySeePersonal)))],
            total, maySeePersonal);
    }

    /// <summary>Journals that this reader opened the register's page (the page calls it once per opening).</summary>
    public async Task RecordViewAsync(ClaimsPrincipal user, string registerId, CancellationToken ct = default)
    {
        var (info, maySeePersonal, actor) = await DemandAsync(user, registerId, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Journal.Add(JournalRecord.For(actor, time.Now, JournalActions.RegisterViewed,
            $"Membuka {info.Register.Name} ({(maySeePersonal ? "data lengkap" : "data pribadi disamarkan")})"));
        await db.SaveChangesAsync(ct);
    }

    public async Task<CommandOutcome> CancelAsync(ClaimsPrincipal user, string registerId, Guid entryId, string reason, CancellationToken ct = default)
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return CommandOutcome.Failed(check.Refusal!);
        Demand(actor, registerId);
        if (!RegisterAccess.MayCancel(actor, office.Current)) return CommandOutcome.Failed("Hanya pengawas atau administrator yang dapat membatalkan nomor register.");
        if (reason.Trim() is not { Length: >= 5 } why) return CommandOutcome.Failed("Tuliskan alasan pembatalan (minimal 5 huruf).");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.RegisterEntries.AnyAsync(e => e.Id == entryId && e.RegisterId == registerId, ct)) return CommandOutcome.Failed("Baris register tidak ditemukan.");
        if (!await RegisterBook.CancelAsync(db, entryId, actor, why, time.Now, ct)) return CommandOutcome.Failed("Nomor ini sudah dibatalkan.");
        events.Publish(Live.CaseChange.ForEveryone()); // rare: the berkas pages showing the line reload
        return CommandOutcome.Done(Guid.Empty, null);
    }

    /// <summary>The register, whether this reader sees personal data, and the reader; refuses a reader the register is not for.</summary>
    internal async Task<(RegisterInfo Info, bool MaySeePersonal, Workflows.Engine.Actor Actor)> DemandAsync(ClaimsPrincipal user, string registerId, CancellationToken ct = default)
    {
        var actor = await current.RequireAsync(user, ct);
        var (info, maySeePersonal) = Demand(actor, registerId);
        return (info, maySeePersonal, actor);
    }

    private (RegisterInfo Info, bool MaySeePersonal) Demand(Workflows.Engine.Actor actor, string registerId)
    {
        if (Find(registerId) is not { } info) throw new KeyNotFoundException($"Register '{registerId}' tidak ditemukan.");
        if (!RegisterAccess.MayRead(info.Definition, actor, office.Current)) throw new UnauthorizedAccessException("Anda tidak berwenang membuka register ini.");
        return (info, PersonalDataPolicy.MaySee(info.Definition, actor));
    }

    private IEnumerable<RegisterInfo> All() => catalog.Displayable.SelectMany(d => d.Registers.Select(r => new RegisterInfo(d, r)));
}
