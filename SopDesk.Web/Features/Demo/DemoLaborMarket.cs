using System.Collections.Immutable;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Web.Layanan.Privacy;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;
using static SopDesk.Web.Features.Demo.DemoLaborMarketCatalog;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// The demo job market (Demo:Seed, and Demo:LaborMarket not false), only on a database without vacancies. First step: verified
/// employer accounts, signed AK1 berkas of job seekers with accounts (Siti Rahma among them, so she sees matching vacancies), and
/// about 30 lowongan berkas over the last six months through the real SOP — published with register numbers, waiting in the
/// Pengantar Kerja's inbox, returned for a fix, rejected; some canvassed. Second step, after the projections have turned the signed
/// AK1 berkas into profiles: applications and placements (<see cref="DemoLaborMarketPlacements"/>).
/// </summary>
public static class DemoLaborMarket
{
    public const string SeekerEmailDomain = "@pencari.contoh.id";
    private const int ExtraSeekers = 16;

    public static async Task SeedAsync(IServiceProvider provider, ILogger log)
    {
        if (!provider.GetRequiredService<IConfiguration>().GetValue("Demo:LaborMarket", true)) return;
        var db = provider.GetRequiredService<SopDeskDbContext>();
        if (await db.Vacancies.AnyAsync()) return;
        var catalog = provider.GetRequiredService<DefinitionCatalog>();
        var time = provider.GetRequiredService<OfficeTime>();
        if (catalog.Find("lowongan") is not { } lowongan || catalog.Find("ak1") is not { } ak1) return;
        var staff = await DemoCases.StaffByRoleAsync(db);
        var vacancies = await SeedVacanciesAsync(db, lowongan, ak1, time, staff);
        await provider.GetRequiredService<ProjectionCatchUp>().CatchUpAsync();
        var placed = await DemoLaborMarketPlacements.SeedAsync(db, time.Now, staff);
        log.LogInformation("Seeded {Vacancies} demo vacancies and {Placements} placements", vacancies, placed);
    }

    /// <summary>The first step; returns how many vacancies it recorded.</summary>
    public static async Task<int> SeedVacanciesAsync(SopDeskDbContext db, SopDefinition lowongan, SopDefinition ak1, OfficeTime time,
        IReadOnlyDictionary<string, Actor> staff)
    {
        var now = time.Now;
        var berkas = new DemoLaborMarketBerkas(db, time.Calendar, staff);
        var employers = await EmployerAccountsAsync(db, now);
        await SeekersAsync(db, ak1, berkas, now);
        var count = 0;
        foreach (var v in Vacancies)
        {
            await VacancyAsync(db, lowongan, berkas, employers[v.Employer], v, staff["pengantar-kerja"], now);
            count++;
        }
        return count;
    }

    private static async Task<Dictionary<string, PublicAccountRecord>> EmployerAccountsAsync(SopDeskDbContext db, DateTimeOffset now)
    {
        var accounts = new Dictionary<string, PublicAccountRecord>();
        string? hash = null;
        foreach (var e in Employers)
        {
            var normalized = PublicAccountRules.NormalizeEmail(e.Email);
            var account = await db.PublicAccounts.FirstOrDefaultAsync(a => a.NormalizedEmail == normalized);
            if (account is null)
            {
                var created = now.AddDays(-200);
                account = new PublicAccountRecord
                {
                    Id = Guid.CreateVersion7(created), Kind = PublicAccountKind.PemberiKerja, Name = e.Contact, Email = e.Email, NormalizedEmail = normalized,
                    EmailConfirmedAt = created, Phone = e.Phone, CompanyName = e.Company, Nib = e.Nib, Verification = AccountVerification.Verified,
                    VerifiedAt = created.AddDays(1), SecurityStamp = PublicRegistration.NewStamp(), ConsentAt = created, ConsentVersion = PrivacyNotice.Version,
                    CreatedAt = created,
                };
                // One hash for all: the published demo password, hashed once (hashing is slow on purpose).
                account.PasswordHash = hash ??= PublicRegistration.HashPassword(account, DemoStaff.Password);
                db.PublicAccounts.Add(account);
            }
            accounts[e.Key] = account;
        }
        await db.SaveChangesAsync();
        return accounts;
    }

    /// <summary>Signed AK1 berkas of Siti Rahma (the demo job seeker) and of <see cref="ExtraSeekers"/> more, each with a public account of the same NIK.</summary>
    private static async Task SeekersAsync(SopDeskDbContext db, SopDefinition ak1, DemoLaborMarketBerkas berkas, DateTimeOffset now)
    {
        var random = new Random(1505);
        var values = new DemoValues(random);
        var siti = DemoPublicAccounts.Members[0];
        var sitiValues = new Dictionary<string, string>
        {
            ["nik"] = siti.Nik!, ["nama"] = siti.Name, ["pendidikan"] = "D3", ["telepon"] = "081234560001", ["tempatLahir"] = "Pagar Alam",
            ["jabatanDiinginkan"] = "Staf administrasi, Kasir, Customer service", ["lokasiDiinginkan"] = "Kota Pagar Alam", ["pengalamanKerja"] = "1",
            ["jurusan"] = "Akuntansi", ["keterampilan"] = "pembukuan, Microsoft Excel, pelayanan pelanggan", ["tahunLulus"] = "2019",
        };
        await Ak1Async(db, ak1, berkas, values, siti.Name, berkas.OfficeHour(now.AddDays(-40), TimeSpan.FromHours(1)), sitiValues, now);
        string? hash = null;
        for (var i = 0; i < ExtraSeekers; i++)
        {
            var name = values.Name();
            var at = berkas.OfficeHour(now.AddDays(-200 + i * 9), TimeSpan.FromMinutes(30 + random.Next(300)));
            var nik = await Ak1Async(db, ak1, berkas, values, name, at, null, now);
            var created = at.AddDays(-1);
            var email = $"{name.ToLowerInvariant().Replace(' ', '.')}.{i + 1}{SeekerEmailDomain}";
            var account = new PublicAccountRecord
            {
                Id = Guid.CreateVersion7(created), Kind = PublicAccountKind.PencariKerja, Name = name, Nik = nik, Email = email,
                NormalizedEmail = PublicAccountRules.NormalizeEmail(email), EmailConfirmedAt = created, Verification = AccountVerification.Verified,
                VerifiedAt = created, SecurityStamp = PublicRegistration.NewStamp(), ConsentAt = created, ConsentVersion = PrivacyNotice.Version, CreatedAt = created,
            };
            account.PasswordHash = hash ??= PublicRegistration.HashPassword(account, DemoStaff.Password);
            db.PublicAccounts.Add(account);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>One AK1 berkas from the application to the handover (signed by the Kabid on the way); returns its NIK.</summary>
    private static async Task<string> Ak1Async(SopDeskDbContext db, SopDefinition ak1, DemoLaborMarketBerkas berkas, DemoValues values, string name,
        DateTimeOffset at, IReadOnlyDictionary<string, string>? given, DateTimeOffset now)
    {
        var start = values.For(ak1.FirstStep, name, DateOnly.FromDateTime(at.DateTime));
        if (given is not null)
            start = DemoValues.AgreeWithNik(ak1.FirstStep, start.SetItems(given.Where(g => ak1.FirstStep.Fields.Any(f => f.Id == g.Key))), DateOnly.FromDateTime(at.DateTime));
        var state = await berkas.StartAsync(ak1, Guid.CreateVersion7(at), start, berkas.Officer(ak1, ak1.FirstStep), at);
        for (var s = 0; s < 10 && state.OpenItem is { } item; s++)
        {
            at = berkas.Later(at, TimeSpan.FromMinutes(10 + s * 7));
            if (at >= now) break;
            var step = ak1.Step(item.StepId);
            var fields = step.Fields.ToDictionary(f => f.Id, f => given?.GetValueOrDefault(f.Id) ?? values.Value(f, name, state.Data));
            var outcome = step.HasOutcomes ? step.Outcomes.First(o => o.Kind == OutcomeKind.Forward).Id : null;
            state = await berkas.CompleteAsync(ak1, state, outcome, at, fields);
        }
        db.ChangeTracker.Clear();
        return start["nik"];
    }

    private static async Task VacancyAsync(SopDeskDbContext db, SopDefinition lowongan, DemoLaborMarketBerkas berkas, PublicAccountRecord employer,
        DemoLaborMarketCatalog.Vacancy v, Actor officer, DateTimeOffset now)
    {
        var company = Employers.First(e => e.Key == v.Employer);
        var at = berkas.OfficeHour(now.AddDays(-v.DaysAgo), TimeSpan.FromHours(1 + v.Position.Length % 5));
        if (at >= now) at = now.AddMinutes(-90);
        var closesOn = DateOnly.FromDateTime(at.DateTime).AddDays(45);
        var values = new Dictionary<string, string>
        {
            ["perusahaan"] = company.Company, ["jabatan"] = v.Position, ["jumlah"] = v.Openings.ToString(CultureInfo.InvariantCulture), ["lokasi"] = v.Location,
            ["pendidikan"] = EducationLevels.Label((int)v.Education), ["tanggalTutup"] = closesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sumber"] = v.Source switch
            {
                VacancySource.Canvassed => "Kanvas petugas",
                VacancySource.OnBehalf => "Dicatat petugas atas nama pemberi kerja",
                _ => "Dilaporkan pemberi kerja",
            },
            ["narahubung"] = $"{company.Contact}, {company.Phone}",
        }.ToImmutableDictionary();
        var caseId = Guid.CreateVersion7(at);
        var byEmployer = v.Source == VacancySource.Employer;
        var state = await berkas.StartAsync(lowongan, caseId, values, byEmployer ? Actor.Applicant(employer.Id, employer.Name) : officer, at);
        var record = new VacancyRecord
        {
            CaseId = caseId, EmployerAccountId = v.Source == VacancySource.Canvassed ? null : employer.Id, Source = v.Source,
            RecordedByUserId = byEmployer ? null : officer.UserId, CompanyName = company.Company, Sector = company.Sector,
            ContactName = company.Contact, ContactPhone = company.Phone, ContactEmail = company.Email, Position = v.Position,
            Description = $"{company.Company} membuka lowongan {v.Position.ToLowerInvariant()} untuk penempatan di {v.Location}. Keterampilan: {v.Skills}.",
            Openings = v.Openings, Location = v.Location, EducationMin = (int)v.Education, Majors = v.Majors, Skills = v.Skills,
            ExperienceYears = v.ExperienceYears, SalaryMin = v.SalaryMin, SalaryMax = v.SalaryMax, ClosesOn = closesOn, Status = VacancyStatus.Submitted,
            CreatedAt = at, UpdatedAt = at,
        };
        db.Vacancies.Add(record);
        if (byEmployer)
            db.OnlineCases.Add(new OnlineCaseRecord
            {
                CaseId = caseId, AccountId = employer.Id, ContactName = employer.Name, ContactEmail = employer.Email, StatusToken = Cases.CaseService.NewStatusToken(),
                Purpose = nameof(OnlinePurpose.Vacancy), DefinitionId = lowongan.Id, SubmittedAt = at,
            });
        await db.SaveChangesAsync();

        if (v.Fate != Fate.Waiting)
        {
            at = berkas.Later(at, TimeSpan.FromHours(2 + v.Openings % 3));
            var decision = v.Fate switch { Fate.Returned => "perbaiki", Fate.Rejected => "tolak", _ => "sesuai" };
            state = await berkas.CompleteAsync(lowongan, state, decision, at, note: v.Fate switch
            {
                Fate.Returned => ReturnNote,
                Fate.Rejected => RejectNote,
                _ => null,
            });
            if (v.Fate == Fate.Published)
            {
                at = berkas.Later(at, TimeSpan.FromMinutes(90));
                state = await berkas.CompleteAsync(lowongan, state, "setuju", at);
                at = berkas.Later(at, TimeSpan.FromMinutes(20));
                state = await berkas.CompleteAsync(lowongan, state, null, at);
            }
        }
        // The vacancy as the projection leaves it (VacancyProjection follows the berkas; set here so the demo does not wait for it).
        var row = await db.Vacancies.SingleAsync(x => x.CaseId == caseId);
        row.UpdatedAt = at;
        row.Status = v.Fate switch
        {
            Fate.Published => VacancyStatus.Published,
            Fate.Returned => VacancyStatus.Returned,
            Fate.Rejected => VacancyStatus.Rejected,
            _ => VacancyStatus.Submitted,
        };
        if (v.Fate == Fate.Published)
        {
            row.PublishedAt = at;
            row.RegisterNumber = await db.RegisterEntries.Where(e => e.CaseId == caseId).Select(e => e.Number).SingleAsync();
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
