using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Web.Access;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Documents;

/// <summary>
/// Opens a berkas's document for printing: only for staff who may see the berkas's personal data (checked here, on the
/// server, whatever the page shows), from the register line that numbers it; every opening is journaled.
/// </summary>
public sealed class DocumentService(IDbContextFactory<SopDeskDbContext> contexts, DefinitionCatalog catalog, OfficeTime time, CurrentStaff current,
    OfficeProfileService office)
{
    public const string PrintedAction = JournalActions.DocumentPrinted;

    public Task<DocumentOpening<Ak1Card>> OpenAk1CardAsync(Guid caseId, ClaimsPrincipal user, string? ipAddress, CancellationToken ct = default) =>
        OpenAsync(caseId, DedicatedLayout(DocumentTemplates.KartuAk1), user, ipAddress, BuildAk1CardAsync, ct);

    /// <summary>
    /// The AK1 card for the pemohon who applied online: the caller has checked that <paramref name="applicant"/> owns the
    /// berkas (their own data, so no staff rule applies); journaled like a staff opening.
    /// </summary>
    public Task<DocumentOpening<Ak1Card>> OpenAk1CardForOwnerAsync(Guid caseId, Actor applicant, string? ipAddress, CancellationToken ct = default) =>
        OpenForAsync(caseId, DedicatedLayout(DocumentTemplates.KartuAk1), applicant, staff: false, ipAddress, BuildAk1CardAsync, ct);

    private static async Task<Ak1Card> BuildAk1CardAsync(Opened opened, SopDeskDbContext db, CancellationToken ct) =>
        new(opened.Document, opened.Values, opened.Definition.Header, await Uploads.PhotoUpload.LatestAsync(db, opened.Definition, opened.Document.CaseId, ct));

    public Task<DocumentOpening<PassportLetter>> OpenPassportLetterAsync(Guid caseId, ClaimsPrincipal user, string? ipAddress, CancellationToken ct = default) =>
        OpenAsync(caseId, DedicatedLayout(DocumentTemplates.RekomendasiPaspor), user, ipAddress,
            async (opened, db, token) => new PassportLetter(opened.Document, opened.Values, opened.Definition.Header,
                await Ak1ReferenceAsync(db, opened.Definition, opened.Values, token)), ct);

    /// <summary>A document declared in the SOP file with a generic layout ("surat", "kartu"): its fields and body filled in.</summary>
    public Task<DocumentOpening<DeclaredDocument>> OpenDeclaredAsync(Guid caseId, string documentId, ClaimsPrincipal user, string? ipAddress,
        CancellationToken ct = default) =>
        OpenAsync(caseId, new Wanted(documentId, d => d.Id == documentId && !DocumentTemplates.Dedicated.Contains(d.Template)), user, ipAddress,
            async (opened, db, token) =>
            {
                var declared = opened.Register.Document!;
                var steps = await db.WorkItems.AsNoTracking().Where(w => w.CaseId == caseId && w.Status == WorkItemStatus.Done).OrderBy(w => w.Sequence)
                    .ToListAsync(token);
                var values = new DocumentValues(opened.Values, opened.Definition, opened.Entry, opened.Document, steps, time);
                return new DeclaredDocument(opened.Document, declared, opened.Definition.Header,
                    [.. declared.Fields.Select(f => new PrintedField(f.Label, values.Of(f.Source)))], values.Paragraphs(declared.Body));
            }, ct);

    /// <summary>Which of the SOP's documents a page prints, and its name for messages before the register is found.</summary>
    private sealed record Wanted(string Name, Func<DocumentDefinition, bool> Matches);

    private static Wanted DedicatedLayout(string template) =>
        new(DocumentTexts.ShortName(new DocumentDefinition { Id = template, Template = template }), d => d.Template == template);

    private sealed record Opened(IssuedDocument Document, FormValues Values, SopDefinition Definition, RegisterDefinition Register, RegisterEntryRecord Entry);

    private async Task<DocumentOpening<T>> OpenAsync<T>(Guid caseId, Wanted wanted, ClaimsPrincipal user, string? ipAddress,
        Func<Opened, SopDeskDbContext, CancellationToken, Task<T>> build, CancellationToken ct) where T : class
    {
        var check = await current.CheckAsync(user, ct: ct);
        if (check.Actor is not { } actor) return DocumentOpening.Refused<T>(check.Refusal!, StatusCodes.Status403Forbidden);
        return await OpenForAsync(caseId, wanted, actor, staff: true, ipAddress, build, ct);
    }

    private async Task<DocumentOpening<T>> OpenForAsync<T>(Guid caseId, Wanted wanted, Actor actor, bool staff, string? ipAddress,
        Func<Opened, SopDeskDbContext, CancellationToken, Task<T>> build, CancellationToken ct) where T : class
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (row is null) return DocumentOpening.Refused<T>("Berkas tidak ditemukan.", StatusCodes.Status404NotFound);
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        if (definition.Registers.FirstOrDefault(r => r.Document is { } d && wanted.Matches(d)) is not { Document: { } declared } register)
            return DocumentOpening.Refused<T>($"Berkas {row.Number} ({definition.Header.Nama}) tidak menerbitkan {wanted.Name}.", StatusCodes.Status404NotFound);
        var name = DocumentTexts.ShortName(declared);
        if (staff && !PersonalDataPolicy.MaySee(definition, actor))
            return DocumentOpening.Refused<T>($"Anda tidak berwenang mencetak {name}: dokumen ini memuat data pribadi pemohon, "
                + $"yang hanya dapat dibuka oleh petugas SOP {definition.Header.Nama}.", StatusCodes.Status403Forbidden);

        // A cancelled line keeps its number and the berkas gets a new one: print the active line, else the latest cancelled.
        var entries = await db.RegisterEntries.AsNoTracking().Where(e => e.CaseId == caseId && e.Document == declared.Id).ToListAsync(ct);
        var entry = entries.OrderBy(e => e.Status).ThenByDescending(e => e.AssignedAt).FirstOrDefault();
        if (entry is null)
            return DocumentOpening.Refused<T>($"Berkas {row.Number} belum mempunyai nomor {name}. Nomor diberikan di buku register saat langkah "
                + $"\"{definition.Step(register.At).Kegiatan}\" selesai; setelah itu {name} dapat dicetak.", StatusCodes.Status200OK);

        var now = time.Now;
        var opened = new Opened(await IssuedAsync(db, entry, register, definition, now, ct), FormValues.Of(row), definition, register, entry);
        var document = await build(opened, db, ct);
        db.Journal.Add(JournalRecord.For(actor, now, PrintedAction, $"Membuka cetak {name} nomor {entry.Number} (berkas {row.Number})", caseId,
            ipAddress: ipAddress));
        await db.SaveChangesAsync(ct);
        return DocumentOpening.Ready(document);
    }

    private async Task<IssuedDocument> IssuedAsync(SopDeskDbContext db, RegisterEntryRecord entry, RegisterDefinition register,
        SopDefinition definition, DateTimeOffset now, CancellationToken ct)
    {
        Signatory signatory;
        if (entry.SignedAt is null)
        {
            // Printed before the signature (AK1: at "cetak AK1"): the capacity the signing step's lane normally signs in, no
            // name yet; a SOP without a sign step is signed by the head of office.
            var signStep = register.Document?.SignedAt is { } signedAt ? definition.Step(signedAt) : definition.Steps.FirstOrDefault(s => s.Kind == StepKind.Sign);
            var signLane = signStep?.Lane;
            var role = signLane is null ? office.Current.HeadRole : definition.Lane(signLane).Roles[0];
            signatory = new Signatory(Signatory.TitleFor(role, definition.Header, office.Current), null, null);
        }
        else
        {
            var nip = await db.Users.AsNoTracking().Where(u => u.Id == entry.SignedByUserId).Select(u => u.Nip).FirstOrDefaultAsync(ct);
            signatory = new Signatory(Signatory.TitleFor(entry.SignedAs ?? "", definition.Header, office.Current), entry.SignedByName, string.IsNullOrEmpty(nip) ? null : nip);
        }
        return new IssuedDocument(entry.Document!, entry.Number, entry.CaseId, entry.CaseNumber, DocumentStatus.StateOf(entry, now),
            entry.SignedAt, entry.ValidUntil, entry.CancelledAt, register.DocumentValidMonths, signatory, entry.VerificationToken ?? "");
    }

    /// <summary>The AK1 the passport berkas names, as the register holds it now (it may have been cancelled or expired since).</summary>
    private async Task<Ak1Reference> Ak1ReferenceAsync(SopDeskDbContext db, SopDefinition definition, FormValues values, CancellationToken ct)
    {
        if (definition.Steps.SelectMany(s => s.Fields).FirstOrDefault(f => f.Register is not null) is not { } field) return new Ak1Reference("-", null, null, null);
        var number = values[field.Id];
        var entry = await RegisterBook.FindByNumberAsync(db, field.Register!, number, ct);
        return entry is null
            ? new Ak1Reference(number, null, null, null)
            : new Ak1Reference(number, DocumentStatus.StateOf(entry, time.Now), entry.ValidUntil, entry.CancelledAt);
    }
}
