using System.Text.Json;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Data.LaborMarket;

/// <summary>Rows for matching tests written straight into a database: AK1 berkas with register lines, profiles, vacancies.</summary>
internal static class LaborMarketRows
{
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private static int _serial;

    public static CaseRecord Case(string definitionId, string name, string? nik = null, IReadOnlyDictionary<string, string>? values = null) => new()
    {
        Id = Guid.NewGuid(), Number = $"UJI/{definitionId}/{Interlocked.Increment(ref _serial):000000}-{Guid.NewGuid():N}"[..40], DefinitionId = definitionId,
        DefinitionHash = "uji", DefinitionVersion = 1, Status = CaseStatus.Closed, StartedAt = Now.AddDays(-10), ApplicantName = name, Nik = nik,
        DataJson = JsonSerializer.Serialize(values ?? new Dictionary<string, string>()), StartedByUserId = "uji", UpdatedAt = Now.AddDays(-10),
    };

    /// <summary>The AK1 form values of a holder (as the engine stores them: strings, dates yyyy-MM-dd).</summary>
    public static Dictionary<string, string> Ak1Values(string nik, string name = "Rina Wulandari") => new()
    {
        ["nik"] = nik, ["nama"] = name, ["tempatLahir"] = "Pagar Alam", ["tanggalLahir"] = "2000-05-14", ["jenisKelamin"] = "Perempuan",
        ["pendidikan"] = "D3", ["alamat"] = "Jl. Kapten Sanap 1", ["telepon"] = "+6281234567890", ["jabatanDiinginkan"] = "operator produksi, admin gudang",
        ["lokasiDiinginkan"] = "Kota Pagar Alam", ["pengalamanKerja"] = "2", ["keterampilan"] = "las, AutoCAD, Microsoft Excel", ["jurusan"] = "Teknik Mesin",
        ["tahunLulus"] = "2021",
    };

    /// <summary>An AK1 berkas and its register line (signed or not); returns the berkas id.</summary>
    public static async Task<Guid> AddAk1Async(SopDeskDbContext db, Dictionary<string, string> values, bool signed = true, Guid? onlineOwner = null)
    {
        var row = Case("ak1", values["nama"], values["nik"], values);
        db.Cases.Add(row);
        // Far above any number the demo data (seeded in app tests) hands out in the same register and year.
        var sequence = 900_000 + Interlocked.Increment(ref _serial);
        db.RegisterEntries.Add(new RegisterEntryRecord
        {
            Id = Guid.NewGuid(), RegisterId = SeekerProfileProjection.RegisterId, DefinitionId = "ak1", Year = 2026, Sequence = sequence,
            Number = $"{sequence:0000}/AK1/DISPMPTSPTK/2026", CaseId = row.Id, CaseNumber = row.Number, AssignedAt = Now.AddDays(-2), AssignedByUserId = "uji",
            AssignedByName = "Uji", ApplicantName = row.ApplicantName, Nik = row.Nik, Status = RegisterEntryStatus.Active, Document = "kartu-ak1",
            SignedAt = signed ? Now.AddDays(-1) : null, ValidUntil = signed ? Now.AddDays(-1).AddMonths(24) : null,
        });
        if (onlineOwner is { } owner)
            db.OnlineCases.Add(new OnlineCaseRecord
            {
                CaseId = row.Id, AccountId = owner, StatusToken = Guid.NewGuid().ToString("N"), Purpose = "Application", DefinitionId = "ak1", SubmittedAt = Now.AddDays(-10),
            });
        await db.SaveChangesAsync();
        return row.Id;
    }

    public static PublicAccountRecord Account(string nik, PublicAccountKind kind = PublicAccountKind.PencariKerja) => new()
    {
        Id = Guid.NewGuid(), Kind = kind, Name = "Akun Uji", Nik = nik, Email = $"{Guid.NewGuid():N}@contoh.id", PasswordHash = "-",
        SecurityStamp = Guid.NewGuid().ToString("N"), ConsentAt = Now, ConsentVersion = "1", CreatedAt = Now, Verification = AccountVerification.Verified,
    };

    /// <summary>A searching holder with a valid card (SMA/SMK, 25 years old, Pagar Alam); <paramref name="shape"/> changes what a test needs.</summary>
    public static async Task<JobSeekerProfileRecord> AddProfileAsync(SopDeskDbContext db, Action<JobSeekerProfileRecord>? shape = null)
    {
        var row = Case("ak1", "Pencari Kerja");
        db.Cases.Add(row);
        var profile = new JobSeekerProfileRecord
        {
            CaseId = row.Id, Ak1Number = $"{Interlocked.Increment(ref _serial):0000}/AK1/DISPMPTSPTK/2026", Nik = "1673010101010001", Name = "Pencari Kerja",
            BirthDate = Today.AddYears(-25), Gender = "Laki-laki", Education = (int)EducationLevel.Sma, Major = "", Skills = "", WishedPositions = "operator produksi",
            WishedLocation = "Kota Pagar Alam", ExperienceYears = 0, Phone = "+6281200000000", SignedAt = Now.AddMonths(-1), ValidUntil = Now.AddMonths(23),
            Status = SeekerStatus.Active, UpdatedAt = Now,
        };
        shape?.Invoke(profile);
        db.JobSeekerProfiles.Add(profile);
        await db.SaveChangesAsync();
        return profile;
    }

    /// <summary>A published vacancy open for 30 more days (Operator Produksi, SMA/SMK, Pagar Alam); <paramref name="shape"/> changes it.</summary>
    public static async Task<VacancyRecord> AddVacancyAsync(SopDeskDbContext db, Action<VacancyRecord>? shape = null)
    {
        var vacancy = new VacancyRecord
        {
            Source = VacancySource.Employer, CompanyName = "PT Dempo Makmur", Sector = "C", Position = "Operator Produksi", Description = "Shift pagi dan malam.",
            Openings = 3, Location = "Kota Pagar Alam", EducationMin = (int)EducationLevel.Sma, Majors = "", Skills = "", ClosesOn = Today.AddDays(30),
            Status = VacancyStatus.Published, CreatedAt = Now.AddDays(-3), UpdatedAt = Now.AddDays(-3), PublishedAt = Now.AddDays(-3), RegisterNumber = "0001/LOKER/DISPMPTSPTK/2026",
        };
        shape?.Invoke(vacancy);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy;
    }
}
