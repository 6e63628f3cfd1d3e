using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Office;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Mail;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Mail;

/// <summary>
/// The demo app with an AK1 file that may be applied for online (KTP and pas foto uploads), an applicant's public account with a
/// confirmed address, and the applicant's and the petugas's acts through <see cref="CaseService"/>. The mail loop is off: tests
/// run <see cref="CaseStatusMailer"/> themselves.
/// </summary>
internal sealed class OnlineBerkasBed : IAsyncDisposable
{
    public const string Email = "rahmawati.kd@contoh.id";
    public const string ApplicantName = "Rahmawati Kusuma Dewi";
    public const string PublicBaseUrl = "https://layanan.disnaker.contoh.go.id";

    private static readonly Dictionary<string, string> Submission = new()
    {
        ["nik"] = SopDesk.Workflows.Definitions.FieldExamples.Nik, ["nama"] = ApplicantName, ["tempatLahir"] = "Lahat",
        ["tanggalLahir"] = "1990-05-05", ["jenisKelamin"] = "Perempuan", ["pendidikan"] = "SMA/SMK", ["alamat"] = "Jl. Kenanga No. 17",
    };

    private readonly ChangedWorkflows _workflows = new(ak1 =>
    {
        ak1["online"] = new JsonObject
        {
            ["purpose"] = "application", ["audience"] = new JsonArray("pencari-kerja"),
            ["uploads"] = new JsonArray(
                new JsonObject { ["id"] = "ktp", ["label"] = "Fotokopi KTP" },
                new JsonObject { ["id"] = "pas-foto", ["label"] = "Pas foto 3×4", ["accept"] = new JsonArray("jpeg", "png"), ["photo"] = true }),
        };
        ChangedWorkflows.Step(ak1, "ajukan")["applicantLimit"] = new JsonObject
        {
            ["waktu"] = "10 hari kerja", ["remindBefore"] = "2 hari kerja", ["onExpiry"] = "dikembalikan",
        };
    });

    public OnlineBerkasBed() => App = new SopDeskAppFactory
    {
        SharedDatabasePath = DatabasePath,
        Settings = new Dictionary<string, string>
        {
            ["Workflows:Path"] = _workflows.Folder, ["Mail:Dispatch"] = "false", ["Mail:PublicBaseUrl"] = PublicBaseUrl,
        },
    };

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"sopdesk-mail-{Guid.NewGuid():N}.db");
    public SopDeskAppFactory App { get; }
    public Guid AccountId { get; } = Guid.NewGuid();
    public Actor Applicant => Actor.Applicant(AccountId, ApplicantName);
    public CaseStatusMailer Mailer => App.Services.GetRequiredService<CaseStatusMailer>();

    public SopDeskDbContext NewContext() => App.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();

    public async Task AddAccountAsync()
    {
        await using var db = NewContext();
        db.PublicAccounts.Add(new PublicAccountRecord
        {
            Id = AccountId, Kind = PublicAccountKind.PencariKerja, Name = ApplicantName, Email = Email, NormalizedEmail = Email,
            EmailConfirmedAt = DateTimeOffset.UtcNow, PasswordHash = "-", SecurityStamp = "-", ConsentAt = DateTimeOffset.UtcNow, ConsentVersion = "1",
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The applicant applies online with a KTP and a pas foto (or, without an account, as a contact); the berkas's number and status token.</summary>
    public async Task<OnlineStarted> ApplyAsync(OnlineOwner? asContact = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var definition = App.Services.GetRequiredService<DefinitionCatalog>().Find("ak1")!;
        definition.Online.ShouldNotBeNull();
        var (outcome, started) = await scope.ServiceProvider.GetRequiredService<CaseService>().StartOnlineAsync(definition,
            asContact is null ? Applicant : Actor.Applicant(Guid.Empty, asContact.ContactName!), asContact ?? new OnlineOwner(AccountId), Submission, (db, caseId) =>
            {
                db.Uploads.Add(Upload(caseId, "ktp", "ktp-rahma.jpg"));
                db.Uploads.Add(Upload(caseId, "pas-foto", "foto-rahma.png"));
            });
        outcome.Ok.ShouldBeTrue(outcome.Message);
        return started!;
    }

    /// <summary>The petugas penerima finds the KTP unreadable: the document refused with a reason, the berkas returned with a note.</summary>
    public async Task ReturnAsync(Guid caseId, string note, string ktpReason)
    {
        await using (var db = NewContext())
        {
            await db.Uploads.Where(u => u.CaseId == caseId && u.UploadId == "ktp")
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, UploadStatus.Refused).SetProperty(u => u.ReviewNote, ktpReason));
            await db.Uploads.Where(u => u.CaseId == caseId && u.UploadId == "pas-foto")
                .ExecuteUpdateAsync(set => set.SetProperty(u => u.Status, UploadStatus.Accepted).SetProperty(u => u.ReviewNote, "Foto dicatat oleh petugas internal"));
        }
        await CompleteAsync(caseId, "petugas-penerima", "tidak-lengkap", note);
    }

    public async Task CompleteAsync(Guid caseId, string userName, string? outcome, string? note = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var officer = await SignInForm.PrincipalAsync(App.Services, userName);
        var detail = (await cases.GetDetailAsync(caseId, officer))!;
        var values = outcome == "lengkap" ? new Dictionary<string, string>([ChecklistTicks.All(detail.Definition.Step("periksa"))]) : [];
        var done = await cases.CompleteAsync(caseId, detail.State.OpenItem!.Id, outcome, values, note, officer);
        done.Ok.ShouldBeTrue(done.Message);
    }

    public async Task ResubmitAsync(Guid caseId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<CaseService>().CompleteOnlineAsync(caseId, Applicant, new Dictionary<string, string>());
        done.Ok.ShouldBeTrue(done.Message);
    }

    /// <summary>The mails queued after <see cref="TellDemoAsync"/>: this test's own.</summary>
    public async Task<List<OutgoingMailRecord>> MailsAsync()
    {
        await using var db = NewContext();
        return await db.OutgoingMails.AsNoTracking().Where(m => m.Id > _demoMailsUpTo).OrderBy(m => m.Id).ToListAsync();
    }

    private long _demoMailsUpTo;

    /// <summary>Tells the demo's own online berkas (account verifications, complaints) first, so a test sees only its own mails.</summary>
    public async Task TellDemoAsync()
    {
        await Mailer.RunAsync();
        await using var db = NewContext();
        _demoMailsUpTo = await db.OutgoingMails.MaxAsync(m => (long?)m.Id) ?? 0;
    }

    /// <summary>What the SLA watcher does within the step's remindBefore: the open item on the applicant's clock is marked DueSoon.</summary>
    public async Task MarkApplicantDueSoonAsync(Guid caseId)
    {
        await using var db = NewContext();
        (await db.WorkItems.Where(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open && w.ApplicantDueAt != null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.SlaState, "DueSoon"))).ShouldBe(1);
    }

    public async Task<long> NotifiedJournalIdAsync(Guid caseId)
    {
        await using var db = NewContext();
        return await db.OnlineCases.Where(o => o.CaseId == caseId).Select(o => o.NotifiedJournalId).SingleAsync();
    }

    /// <summary>Every name an officer of the demo office goes by.</summary>
    public async Task<List<string>> StaffNamesAsync()
    {
        await using var db = NewContext();
        return await db.Users.Select(u => u.FullName).Where(n => n != "").ToListAsync();
    }

    private UploadRecord Upload(Guid caseId, string uploadId, string name) => new()
    {
        Id = Guid.NewGuid(), CaseId = caseId, UploadId = uploadId, OriginalName = name, ContentType = "image/jpeg", SizeBytes = 1000,
        Sha256 = new string('a', 64), StorageName = Guid.NewGuid().ToString("N"), UploadedAt = DateTimeOffset.UtcNow, UploadedByUserId = Applicant.UserId,
        Status = UploadStatus.Submitted,
    };

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SopDeskAppFactory.DeleteDatabase(DatabasePath);
        _workflows.Dispose();
    }
}
