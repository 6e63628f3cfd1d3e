using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Documents;

/// <summary>What anyone holding the paper may learn by scanning its QR code: no NIK, address, birth data, berkas or officer.</summary>
public sealed record VerifiedDocument(string Name, string Number, string MaskedHolder, DocumentState State, DateTimeOffset? SignedAt,
    DateTimeOffset? ValidUntil, DateTimeOffset? CancelledAt);

/// <summary>The public check behind a document's QR code: one exact lookup by its token, nothing else (no list, no search).</summary>
public sealed class DocumentVerification(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    public async Task<VerifiedDocument?> FindAsync(string token, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        // The same single indexed lookup for every token, well-formed or not, so an answer's shape or timing says nothing
        // about near misses. Only the columns the page may show are read.
        var entry = await db.RegisterEntries.AsNoTracking().Where(e => e.VerificationToken == token && e.Document != null)
            .Select(e => new RegisterEntryRecord
            {
                VerificationToken = e.VerificationToken, Document = e.Document, Number = e.Number, ApplicantName = e.ApplicantName, Status = e.Status,
                SignedAt = e.SignedAt, ValidUntil = e.ValidUntil, CancelledAt = e.CancelledAt,
            })
            .FirstOrDefaultAsync(ct);
        // SQLite compares text case-sensitively already; the ordinal check keeps it exact whatever the column's collation becomes.
        if (entry is null || !string.Equals(entry.VerificationToken, token, StringComparison.Ordinal)) return null;
        return new VerifiedDocument(DocumentTexts.Name(entry.Document), entry.Number, MaskedName.Of(entry.ApplicantName),
            DocumentStatus.StateOf(entry, time.Now), entry.SignedAt, entry.ValidUntil, entry.CancelledAt);
    }
}
