using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Reports.Online;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Supervision;

/// <summary>
/// The "Layanan online" figures of November 2026 on a temp database seeded by hand with known rows, on the default office calendar
/// (Monday–Friday 07.30–16.00, a hari kerja of 8,5 jam, no holidays). The real SOP files plus a small account-verification SOP.
/// </summary>
public sealed class OnlineFiguresTests : IAsyncLifetime
{
    private const double Day = 8.5;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero));
    private readonly string _workflows = Path.Combine(Path.GetTempPath(), $"sopdesk-online-figures-{Guid.NewGuid():N}");
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;
    private DefinitionCatalog _catalog = default!;
    private int _number;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_workflows);
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(_workflows, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(_workflows, "verifikasi-uji.json"), VerificationSop);
        _database = await TempDatabase.CreateAsync();
        var services = new ServiceCollection();
        services.AddOfficeCore(_database, _clock);
        services.AddScoped<MonthlyReportService>();
        _services = services.BuildServiceProvider();
        _catalog = _services.GetRequiredService<DefinitionCatalog>();
        await _catalog.LoadAsync(_workflows, _clock.GetUtcNow());
        _catalog.Find("verifikasi-uji").ShouldNotBeNull();
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        Directory.Delete(_workflows, recursive: true);
    }

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Registrations_count_by_kind_and_the_share_verified_within_two_working_days()
    {
        var r = (await ReportAsync()).Online.Registrations;

        r.ByKind.ShouldBe([("Pencari kerja", 3), ("Pemberi kerja", 2)]);
        // V1 1,7 and V2 1,2 hari kerja (over a weekend) are within; V3 3,1 is not; V4 was rejected; V5 started in October.
        (r.VerificationsStarted, r.VerifiedWithinTarget).ShouldBe((4, 2));
        r.VerifiedWithinTargetShare.ShouldBe(0.5);
    }

    [Fact]
    public async Task Online_applications_count_per_sop_and_returns_once_per_online_berkas()
    {
        var a = (await ReportAsync()).Online.Applications;

        a.BySop.Select(s => (s.DefinitionId, s.Count)).ShouldBe([("ak1", 3), ("paspor", 1)], ignoreOrder: true);
        a.BySop.Single(s => s.DefinitionId == "ak1").Nomor.ShouldBe("503/48/SOP.TK/DISPMPTSPTK/2024");
        // A1 twice and A2 once in November; A3 in October; a desk berkas returned in November is not online.
        a.ReturnedToApplicant.ShouldBe(2);
    }

    [Fact]
    public async Task Complaints_first_response_times_are_counted_in_the_month_they_were_given()
    {
        var c = (await ReportAsync()).Online.Complaints;
        double[] hours = [3, 25.5, 3]; // C1, C2, C4 (received in October, answered in November); C3 is answered in December

        (c.Received, c.Answered, c.AnsweredWithinTarget, c.Resolved, c.NotResolvable).ShouldBe((3, 3, 2, 1, 1));
        c.MeanResponseDays.ShouldNotBeNull().ShouldBe(hours.Average() / Day, 1e-9);
        c.P90ResponseDays.ShouldNotBeNull().ShouldBe(25.5 / Day, 1e-9);
        c.HoursPerDay.ShouldBe(Day);
    }

    [Fact]
    public async Task The_excel_file_has_the_online_sheet_with_the_same_figures_and_the_due_date()
    {
        var report = await ReportAsync();
        using var workbook = new XLWorkbook(new MemoryStream(MonthlyReportExcel.Build(report)));
        var sheet = workbook.Worksheet(OnlineFigureLines.Title);
        double Value(string label, string unit = "") => sheet.RowsUsed()
            .Single(r => r.Cell(2).GetString() == label && r.Cell(4).GetString() == unit).Cell(3).GetDouble();

        Value("Akun baru — Pencari kerja").ShouldBe(3);
        Value("Diverifikasi dalam 2 hari kerja").ShouldBe(0.5);
        Value($"{_catalog.Find("ak1")!.Header.Nama} (503/48/SOP.TK/DISPMPTSPTK/2024)").ShouldBe(3);
        Value("Dikembalikan ke pemohon (berkas)").ShouldBe(2);
        Value("Pengaduan diterima").ShouldBe(3);
        Value("Rata-rata waktu tanggapan pertama", "hari kerja").ShouldBe(report.Online.Complaints.MeanResponseDays!.Value, 1e-9);
        Value("Rata-rata waktu tanggapan pertama", "jam kerja").ShouldBe(10.5, 1e-9);
        Value("P90 waktu tanggapan pertama", "jam kerja").ShouldBe(25.5, 1e-9);
        Value("Ditanggapi dalam 2 hari kerja").ShouldBe(2.0 / 3, 1e-9);
        workbook.Worksheet("Rekap").Cell(3, 1).GetString().ShouldContain("batas penyampaian 25 Desember 2026");
        report.DueDate.ShouldBe(new DateOnly(2026, 12, 25));
    }

    private async Task<MonthlyReport> ReportAsync()
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MonthlyReportService>().BuildAsync(2026, 11);
    }

    private async Task SeedAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();
        // Accounts: three job seekers and two employers in November; one in October and one on 1 December 00.30 WIB are other months'.
        foreach (var (kind, at) in new[]
                 {
                     (PublicAccountKind.PencariKerja, At(11, 1, 0, 30)), (PublicAccountKind.PencariKerja, At(11, 10, 9)), (PublicAccountKind.PencariKerja, At(11, 30, 23)),
                     (PublicAccountKind.PemberiKerja, At(11, 5, 9)), (PublicAccountKind.PemberiKerja, At(11, 20, 9)),
                     (PublicAccountKind.PencariKerja, At(10, 31, 23)), (PublicAccountKind.PemberiKerja, At(12, 1, 0, 30)),
                 })
            db.PublicAccounts.Add(new PublicAccountRecord
            {
                Id = Guid.NewGuid(), Kind = kind, Name = "Akun", Email = $"a{_number++}@contoh.id", NormalizedEmail = $"A{_number}@CONTOH.ID", PasswordHash = "x",
                SecurityStamp = "s", CreatedAt = at,
            });

        // Verifications: V1 Mon 2 Nov 09.00 → Tue 3 Nov 15.00 (14,5 jam); V2 Fri 6 Nov 15.00 → Tue 10 Nov 08.00 (10 jam, the weekend not counted);
        // V3 Mon 9 Nov 08.00 → Thu 12 Nov 09.00 (26,5 jam); V4 rejected within the hour; V5 from October.
        Online(db, Case(db, "verifikasi-uji", At(11, 2, 9), (At(11, 3, 15), "terverifikasi")), "AccountVerification");
        Online(db, Case(db, "verifikasi-uji", At(11, 6, 15), (At(11, 10, 8), "terverifikasi")), "AccountVerification");
        Online(db, Case(db, "verifikasi-uji", At(11, 9, 8), (At(11, 12, 9), "terverifikasi")), "AccountVerification");
        Online(db, Case(db, "verifikasi-uji", At(11, 16, 9), (At(11, 16, 10), "ditolak")), "AccountVerification");
        Online(db, Case(db, "verifikasi-uji", At(10, 30, 9), (At(11, 2, 9), "terverifikasi")), "AccountVerification");

        // Online applications: three AK1 and one passport recommendation in November, one AK1 in October.
        var a1 = Online(db, Case(db, "ak1", At(11, 3, 9)), "Application");
        var a2 = Online(db, Case(db, "ak1", At(11, 4, 9)), "Application");
        Online(db, Case(db, "ak1", At(11, 5, 9)), "Application");
        Online(db, Case(db, "paspor", At(11, 6, 9)), "Application");
        var a3 = Online(db, Case(db, "ak1", At(10, 20, 9)), "Application");
        var desk = Case(db, "ak1", At(11, 3, 10));
        Returned(db, a1, At(11, 3, 10));
        Returned(db, a1, At(11, 5, 10));
        Returned(db, a2, At(11, 6, 10));
        Returned(db, a3, At(10, 21, 10));
        Returned(db, desk, At(11, 4, 10));

        // Complaints. C1 Mon 2 Nov 09.00, answered 12.00 (3 jam), resolved Tue; C2 Wed 4 Nov 10.00, answered Mon 9 Nov 10.00 (25,5 jam), open;
        // C3 Thu 26 Nov 15.00, answered Tue 1 Dec; C4 Fri 30 Oct 14.00, answered Mon 2 Nov 08.30 (3 jam), closed as not resolvable on 5 Nov.
        Complaint(db, At(11, 2, 9), At(11, 2, 12), (At(11, 3, 10), "selesai"));
        Complaint(db, At(11, 4, 10), At(11, 9, 10), null);
        Complaint(db, At(11, 26, 15), At(12, 1, 9), null);
        Complaint(db, At(10, 30, 14), At(11, 2, 8, 30), (At(11, 5, 10), "tidak-dapat-diselesaikan"));
        await db.SaveChangesAsync();
    }

    private CaseRecord Case(SopDeskDbContext db, string sop, DateTimeOffset started, (DateTimeOffset At, string EndId)? closed = null)
    {
        var definition = _catalog.Find(sop).ShouldNotBeNull();
        var row = new CaseRecord
        {
            Id = Guid.NewGuid(), Number = $"UJI/{++_number:0000}", DefinitionId = sop, DefinitionHash = definition.ContentHash, DefinitionVersion = 1,
            Status = closed is null ? CaseStatus.Active : CaseStatus.Closed, StartedAt = started, ClosedAt = closed?.At, EndId = closed?.EndId,
            ApplicantName = "Pemohon Uji", StartedByUserId = "layanan:uji", UpdatedAt = closed?.At ?? started,
        };
        db.Cases.Add(row);
        Item(db, row, 1, definition.Steps[0].Id, started, started);
        return row;
    }

    private static void Item(SopDeskDbContext db, CaseRecord row, int sequence, string stepId, DateTimeOffset arrived, DateTimeOffset? done, string? outcome = null) =>
        db.WorkItems.Add(new WorkItemRecord
        {
            Id = Guid.NewGuid(), CaseId = row.Id, DefinitionId = row.DefinitionId, Sequence = sequence, StepId = stepId, LaneId = "uji", Roles = "|uji|", Visit = 1,
            Status = done is null ? WorkItemStatus.Open : WorkItemStatus.Done, ArrivedAt = arrived, DoneAt = done, OutcomeId = outcome,
        });

    private static CaseRecord Online(SopDeskDbContext db, CaseRecord row, string purpose)
    {
        db.OnlineCases.Add(new OnlineCaseRecord
        {
            CaseId = row.Id, StatusToken = Guid.NewGuid().ToString("N"), Purpose = purpose, DefinitionId = row.DefinitionId, SubmittedAt = row.StartedAt,
        });
        return row;
    }

    private static void Returned(SopDeskDbContext db, CaseRecord row, DateTimeOffset at) =>
        db.Journal.Add(new JournalRecord { At = at, CaseId = row.Id, ActorUserId = "uji", ActorName = "Uji", Action = "ReturnedToApplicant", Detail = "Tidak lengkap" });

    private void Complaint(SopDeskDbContext db, DateTimeOffset received, DateTimeOffset answered, (DateTimeOffset At, string Outcome)? closed)
    {
        var row = Online(db, Case(db, "pengaduan", received, closed is { } c ? (c.At, c.Outcome) : null), "Complaint");
        Item(db, row, 2, "tanggapan-pertama", received, answered);
        Item(db, row, 3, "tindak-lanjut", answered, closed?.At, closed?.Outcome);
    }

    private const string VerificationSop = """
        {
          "id": "verifikasi-uji",
          "header": {
            "nomor": "503/99/UJI", "nama": "Verifikasi Pengguna (uji)", "instansi": "Dinas Uji", "unit": "Bidang Uji",
            "tanggalPembuatan": "2026-01-01", "tanggalEfektif": "2026-01-01",
            "disahkanOleh": { "nama": "Uji", "pangkat": "Uji", "nip": "196910161995031001" }
          },
          "lanes": [
            { "id": "pengguna", "name": "Pengguna", "party": "applicant", "roles": ["operator-layanan"] },
            { "id": "operator", "name": "Operator", "party": "staff", "roles": ["operator-layanan"] }
          ],
          "steps": [
            { "id": "daftar", "no": 1, "lane": "pengguna", "kind": "submit", "kegiatan": "Mendaftar", "waktu": "5 menit", "output": "Akun", "clock": "applicant", "next": "periksa" },
            { "id": "periksa", "no": 2, "lane": "operator", "kind": "decision", "kegiatan": "Memeriksa", "waktu": "2 hari", "output": "Keputusan",
              "outcomes": [
                { "id": "setuju", "label": "Setuju", "next": "terverifikasi" },
                { "id": "tolak", "label": "Tolak", "next": "ditolak", "requiresNote": true }
              ] }
          ],
          "ends": [
            { "id": "terverifikasi", "label": "Terverifikasi", "kind": "completed" },
            { "id": "ditolak", "label": "Ditolak", "kind": "rejected" }
          ],
          "online": { "purpose": "account-verification", "audience": ["pencari-kerja", "pemberi-kerja"] }
        }
        """;
}
