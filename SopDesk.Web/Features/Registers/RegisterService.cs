using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Registers;

/// <summary>A register and the SOP (current version) that declares it.</summary>
public sealed record RegisterInfo(SopDefinition Definition, RegisterDefinition Register);

/// <summary>One line of the page: the entry and its typed column values (masked where the reader may not see personal data).</summary>
public sealed record RegisterLine(RegisterEntryRecord Entry, object?[] Values);

public sealed record RegisterPageResult(IReadOnlyList<RegisterColumnView> Columns, IReadOnlyList<RegisterLine> Lines, int Total, bool MaySeePersonal);

/// <summary>The buku register pages' reads and the cancellation of a line — access checked here, whatever the page shows.</summary>
public sealed class RegisterService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, CaseEvents events,
    Office.OfficeProfileService office)
{
    public IReadOnlyList<RegisterInfo> Readable(ClaimsPrincipal user)
    {
        var actor = ActorFactory.FromPrincipal(user);
        return [.. All().Where(r => RegisterAccess.MayRead(r.Definition, actor, office.Current))];
    }

    public RegisterInfo? Find(string registerId) => All().FirstOrDefault(r => r.Register.Id == registerId);

    public async Task<RegisterPageResult> PageAsync(ClaimsPrincipal user, RegisterFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var (info, maySeePersonal) = Demand(user, filter.RegisterId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (rows, total) = await RegisterBook.PageAsync(db, filter, time.Calendar.Zone, skip, take, ct);
        var columns = RegisterColumns.Of(info.Definition, info.Register);
        return new RegisterPageResult(columns, [.. rows.Select(r => new RegisterLine(r, RegisterColumns.Values(r, columns, time.Calendar.Zone, maySeePersonal)))],
            total, maySeePersonal);
    }

    public async Task<CommandOutcome> CancelAsync(ClaimsPrincipal user, string registerId, Guid entryId, string reason, CancellationToken ct = default)
    {
        Demand(user, registerId);
        var actor = ActorFactory.FromPrincipal(user);
        if (!RegisterAccess.MayCancel(actor, office.Current)) return CommandOutcome.Failed("Hanya pengawas atau administrator yang dapat membatalkan nomor register.");
        if (reason.Trim() is not { Length: >= 5 } why) return CommandOutcome.Failed("Tuliskan alasan pembatalan (minimal 5 huruf).");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.RegisterEntries.AnyAsync(e => e.Id == entryId && e.RegisterId == registerId, ct)) return CommandOutcome.Failed("Baris register tidak ditemukan.");
        if (!await RegisterBook.CancelAsync(db, entryId, actor, why, time.Now, ct)) return CommandOutcome.Failed("Nomor ini sudah dibatalkan.");
        events.Publish(Guid.Empty);
        return CommandOutcome.Done(Guid.Empty, null);
    }

    /// <summary>The register, and whether this reader sees personal data; refuses a reader the register is not for.</summary>
    internal (RegisterInfo Info, bool MaySeePersonal) Demand(ClaimsPrincipal user, string registerId)
    {
        var actor = ActorFactory.FromPrincipal(user);
        if (Find(registerId) is not { } info) throw new KeyNotFoundException($"Register '{registerId}' tidak ditemukan.");
        if (!RegisterAccess.MayRead(info.Definition, actor, office.Current)) throw new UnauthorizedAccessException("Anda tidak berwenang membuka register ini.");
        return (info, PersonalData.MaySee(info.Definition, actor));
    }

    private IEnumerable<RegisterInfo> All() => catalog.Current.SelectMany(d => d.Registers.Select(r => new RegisterInfo(d, r)));
}
