using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Documents;

/// <summary>What anyone holding the paper may learn by scanning its QR code: no NIK, address, birth data, berkas or officer.</summary>
public sealed record VerifiedDocument(string Name, string Number, string MaskedHolder, DocumentState State, DateTimeOffset? SignedAt,
    DateTimeOffset? ValidUntil, DateTimeOffset? CancelledAt)
{
    /// <summary>The capacity the document was signed in, as recorded ("kabid", "Plh. kabid"): an office, not a person.</summary>
    public string? SignedAs { get; init; }
}

/// <summary>The public check behind a document's QR code: one exact lookup by its token, nothing else (no list, no search).</summary>
public sealed class DocumentVerification(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, DefinitionCatalog catalog)
{
    public Task<VerifiedDocument?> FindAsync(string token, CancellationToken ct = default) =>
        // SQLite compares text case-sensitively already; the ordinal check keeps it exact whatever the column's collation becomes.
        FindAsync(e => e.VerificationToken == token, e => string.Equals(e.VerificationToken, token, StringComparison.Ordinal), ct);

    /// <summary>By the document's printed number (the other institutions' API, decision 047): the same answer as by token.</summary>
    public Task<VerifiedDocument?> FindByNumberAsync(string number, CancellationToken ct = default) =>
        FindAsync(e => e.Number == number, e => string.Equals(e.Number, number, StringComparison.Ordinal), ct);

    private async Task<VerifiedDocument?> FindAsync(System.Linq.Expressions.Expression<Func<RegisterEntryRecord, bool>> key,
        Func<RegisterEntryRecord, bool> exact, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The same single indexed lookup for every key, well-formed or not, so an answer's shape or timing says nothing
        // about near misses. Only the columns the page may show are read.
        var entry = await db.RegisterEntries.AsNoTracking().Where(key).Where(e => e.Document != null)
            .Select(e => new RegisterEntryRecord
            {
                VerificationToken = e.VerificationToken, Document = e.Document, Number = e.Number, ApplicantName = e.ApplicantName, Status = e.Status,
                CaseId = e.CaseId, RegisterId = e.RegisterId, SignedAs = e.SignedAs,
                SignedAt = e.SignedAt, ValidUntil = e.ValidUntil, CancelledAt = e.CancelledAt,
            })
            .FirstOrDefaultAsync(ct);
        if (entry is null || !exact(entry)) return null;
        return new VerifiedDocument(await NameAsync(db, entry, ct), entry.Number, MaskedName.Of(entry.ApplicantName),
            DocumentStatus.StateOf(entry, time.Now), entry.SignedAt, entry.ValidUntil, entry.CancelledAt) { SignedAs = entry.SignedAs };
    }

    /// <summary>The document's title as the SOP version its berkas runs on declares it (a register line stores only the document's id).</summary>
    private async Task<string> NameAsync(SopDeskDbContext db, RegisterEntryRecord entry, CancellationToken ct)
    {
        var version = await db.Cases.AsNoTracking().Where(c => c.Id == entry.CaseId).Select(c => new { c.DefinitionId, c.DefinitionHash }).FirstOrDefaultAsync(ct);
        var definition = version is null ? null : await catalog.GetVersionAsync(version.DefinitionId, version.DefinitionHash, ct);
        var declared = definition?.Registers.FirstOrDefault(r => r.Id == entry.RegisterId)?.Document
            ?? new DocumentDefinition { Id = entry.Document!, Template = entry.Document! };
        return DocumentTexts.Name(declared);
    }
}
