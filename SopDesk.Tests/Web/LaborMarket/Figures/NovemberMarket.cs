using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.LaborMarket.Figures;

/// <summary>
/// Hand-made job market rows around November 2026 (WIB, UTC+7), each chosen to hit one rule of docs/decisions/026:
/// <list type="bullet">
/// <item>V1 employer, reported 31 Oct 23.30 (October), published Mon 2 Nov 09.00; 2 openings, SMA/SMK, sector A; 3 applications and one
/// withdrawn; placements 10 Nov and 12 Nov 09.00 fill it after 10 days.</item>
/// <item>V2 canvassed, reported 3 Nov, published 4 Nov; 1 opening, D4/S1, sector Q; 1 application; placed 30 Nov 23.30 WIB (16.30 UTC,
/// still November) → filled after 26 days.</item>
/// <item>V3 on behalf, reported 5 Nov, published 30 Nov 23.59 WIB; 3 openings, any education, sector I; no application.</item>
/// <item>V4 employer, reported 20 Nov, never published.</item>
/// <item>V5 employer, reported 30 Nov 10.00, published 1 Dec 00.30 WIB (30 Nov 17.30 UTC): December's.</item>
/// <item>V6 employer, reported 9 Oct, published 10 Oct, 1 opening, SMA/SMK, sector A; 2 applications (October's vacancy); placed
/// 1 Nov 00.15 WIB (31 Oct 17.15 UTC) → filled in November after 22 days.</item>
/// <item>P5 an office placement without a vacancy, 15 Nov, D3, sector G; P6 another on 31 Oct 23.00 WIB: October's.</item>
/// </list>
/// Placements carry their own education and sector (snapshots): P1 SMA/SMK A, P2 SMA/SMK A, P3 D4/S1 Q, P4 SMP A.
/// </summary>
internal static class NovemberMarket
{
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static async Task SeedAsync(SopDeskDbContext db)
    {
        var account = new PublicAccountRecord
        {
            Id = Guid.NewGuid(), Kind = PublicAccountKind.PencariKerja, Name = "Pencari Uji", Email = "pencari@contoh.id", NormalizedEmail = "PENCARI@CONTOH.ID",
            PasswordHash = "x", SecurityStamp = "s", CreatedAt = At(1, 5, 9),
        };
        db.PublicAccounts.Add(account);
        var profiles = Enumerable.Range(1, 4).Select(i => Profile(db, i)).ToList();
        await db.SaveChangesAsync();

        var v1 = Vacancy(db, VacancySource.Employer, At(10, 31, 23, 30), At(11, 2, 9), 2, EducationLevel.Sma, "A");
        var v2 = Vacancy(db, VacancySource.Canvassed, At(11, 3, 9), At(11, 4, 9), 1, EducationLevel.S1, "Q");
        Vacancy(db, VacancySource.OnBehalf, At(11, 5, 9), At(11, 30, 23, 59), 3, EducationLevel.Any, "I");
        Vacancy(db, VacancySource.Employer, At(11, 20, 9), null, 1, EducationLevel.Sma, "C");
        Vacancy(db, VacancySource.Employer, At(11, 30, 10), At(12, 1, 0, 30), 2, EducationLevel.D3, "K");
        var v6 = Vacancy(db, VacancySource.Employer, At(10, 9, 9), At(10, 10, 9), 1, EducationLevel.Sma, "A");
        await db.SaveChangesAsync();

        Apply(db, v1, profiles[0], account, JobApplicationStatus.Hired);
        Apply(db, v1, profiles[1], account, JobApplicationStatus.Hired);
        Apply(db, v1, profiles[2], account, JobApplicationStatus.Sent);
        Apply(db, v1, profiles[3], account, JobApplicationStatus.Withdrawn);
        Apply(db, v2, profiles[2], account, JobApplicationStatus.Hired);
        Apply(db, v6, profiles[0], account, JobApplicationStatus.NotContinued);
        Apply(db, v6, profiles[3], account, JobApplicationStatus.Hired);

        Placement(db, v1, At(11, 10, 9), EducationLevel.Sma, "A");
        Placement(db, v1, At(11, 12, 9), EducationLevel.Sma, "A");
        Placement(db, v2, At(11, 30, 23, 30), EducationLevel.S1, "Q");
        Placement(db, v6, At(11, 1, 0, 15), EducationLevel.Smp, "A");
        Placement(db, null, At(11, 15, 9), EducationLevel.D3, "G");
        Placement(db, null, At(10, 31, 23), EducationLevel.Sma, "C");
        await db.SaveChangesAsync();
    }

    private static JobSeekerProfileRecord Profile(SopDeskDbContext db, int i)
    {
        var caseId = Guid.NewGuid();
        db.Cases.Add(new CaseRecord
        {
            Id = caseId, Number = $"UJI/AK1/{i}", DefinitionId = "ak1-uji", DefinitionHash = "uji", DefinitionVersion = 1, Status = CaseStatus.Closed,
            StartedAt = At(1, 5, 9), ClosedAt = At(1, 6, 9), EndId = "selesai", ApplicantName = $"Pencari {i}", StartedByUserId = "uji", UpdatedAt = At(1, 6, 9),
        });
        var profile = new JobSeekerProfileRecord
        {
            CaseId = caseId, Ak1Number = $"AK1/{i}", Nik = $"16720101019{i:00000}", Name = $"Pencari {i}", Education = (int)EducationLevel.Sma,
            SignedAt = At(1, 6, 9), UpdatedAt = At(1, 6, 9),
        };
        db.JobSeekerProfiles.Add(profile);
        return profile;
    }

    private static VacancyRecord Vacancy(SopDeskDbContext db, VacancySource source, DateTimeOffset created, DateTimeOffset? published, int openings,
        EducationLevel education, string sector)
    {
        var vacancy = new VacancyRecord
        {
            Source = source, CompanyName = $"PT Uji {sector}", Sector = sector, Position = "Posisi uji", Openings = openings, Location = "Kota Pagar Alam",
            EducationMin = (int)education, ClosesOn = new DateOnly(2027, 1, 31), Status = published is null ? VacancyStatus.Submitted : VacancyStatus.Published,
            CreatedAt = created, UpdatedAt = published ?? created, PublishedAt = published,
        };
        db.Vacancies.Add(vacancy);
        return vacancy;
    }

    private static void Apply(SopDeskDbContext db, VacancyRecord vacancy, JobSeekerProfileRecord profile, PublicAccountRecord account, JobApplicationStatus status) =>
        db.JobApplications.Add(new JobApplicationRecord
        {
            Id = Guid.NewGuid(), VacancyId = vacancy.Id, ProfileId = profile.Id, AccountId = account.Id, AppliedAt = vacancy.PublishedAt!.Value.AddDays(1), Status = status,
        });

    private static void Placement(SopDeskDbContext db, VacancyRecord? vacancy, DateTimeOffset reported, EducationLevel education, string sector) =>
        db.Placements.Add(new PlacementRecord
        {
            Id = Guid.NewGuid(), VacancyId = vacancy?.Id, Nik = "1672010101990001", Name = "Orang Uji", Position = "Posisi uji",
            CompanyName = vacancy?.CompanyName ?? "CV Uji", Sector = sector, Education = (int)education, Location = "Kota Pagar Alam",
            StartedOn = DateOnly.FromDateTime(reported.DateTime), ReportedAt = reported, ReportedBy = "pengantar-kerja", ReportedByName = "Pengantar Kerja",
            Source = vacancy is null ? PlacementSource.Office : PlacementSource.Employer,
        });
}
