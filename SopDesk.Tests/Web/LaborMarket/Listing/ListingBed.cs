using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>Vacancies and AK1 profiles written straight into a database, as the vacancy and profile projections would leave them.</summary>
public static class ListingBed
{
    /// <summary>The office's calendar date now (WIB), far enough from any closing date the tests use.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    public static VacancyRecord Vacancy(string position, Action<VacancyRecord>? change = null)
    {
        var now = DateTimeOffset.UtcNow;
        var vacancy = new VacancyRecord
        {
            Source = VacancySource.Employer, CompanyName = "PT Uji Sejahtera", Sector = "C", Position = position,
            Description = "Bekerja dalam shift, disiplin dan teliti.", Openings = 2, Location = "Kota Palembang", EducationMin = (int)EducationLevel.Sma,
            Majors = "", Skills = "", ClosesOn = Today.AddDays(30), Status = VacancyStatus.Published, RegisterNumber = "0001/LOKER/DISPMPTSPTK/2026",
            CreatedAt = now, UpdatedAt = now, PublishedAt = now,
        };
        change?.Invoke(vacancy);
        return vacancy;
    }

    public static async Task<VacancyRecord> AddAsync(SopDeskDbContext db, string position, Action<VacancyRecord>? change = null)
    {
        var vacancy = Vacancy(position, change);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy;
    }

    public static async Task<VacancyRecord> AddAsync(IServiceProvider services, string position, Action<VacancyRecord>? change = null)
    {
        await using var db = await NewContextAsync(services);
        return await AddAsync(db, position, change);
    }

    public static Task<SopDeskDbContext> NewContextAsync(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    /// <summary>A signed AK1 berkas (closed) and its profile for <paramref name="account"/>.</summary>
    public static async Task<JobSeekerProfileRecord> ProfileAsync(IServiceProvider services, PublicAccountRecord account,
        SeekerStatus status = SeekerStatus.Active, DateTimeOffset? validUntil = null)
    {
        await using var db = await NewContextAsync(services);
        var now = DateTimeOffset.UtcNow;
        var berkas = Ak1Case(account, CaseStatus.Closed);
        db.Cases.Add(berkas);
        var profile = new JobSeekerProfileRecord
        {
            CaseId = berkas.Id, Ak1Number = $"AK1-{berkas.Number}", Nik = account.Nik ?? "", Name = account.Name, BirthDate = new DateOnly(1998, 5, 14),
            Gender = "Perempuan", Education = (int)EducationLevel.Sma, Major = "Akuntansi", Skills = "Microsoft Excel, Kasir",
            WishedPositions = "Kasir, Admin gudang", WishedLocation = "Kota Palembang", ExperienceYears = 2, Phone = "081234567890",
            AccountId = account.Id, SignedAt = now.AddDays(-10), ValidUntil = validUntil ?? now.AddYears(2), Status = status,
            PlacedAt = status == SeekerStatus.Placed ? now : null, UpdatedAt = now,
        };
        db.JobSeekerProfiles.Add(profile);
        await db.SaveChangesAsync();
        return profile;
    }

    /// <summary>An AK1 berkas sent online by <paramref name="account"/> and still open at the office.</summary>
    public static async Task Ak1InProcessAsync(IServiceProvider services, PublicAccountRecord account)
    {
        await using var db = await NewContextAsync(services);
        var berkas = Ak1Case(account, CaseStatus.Active);
        db.Cases.Add(berkas);
        db.OnlineCases.Add(new OnlineCaseRecord
        {
            CaseId = berkas.Id, AccountId = account.Id, StatusToken = Guid.NewGuid().ToString("N"), Purpose = "Application", DefinitionId = "ak1",
            SubmittedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static CaseRecord Ak1Case(PublicAccountRecord account, CaseStatus status)
    {
        var now = DateTimeOffset.UtcNow;
        return new CaseRecord
        {
            Id = Guid.NewGuid(), Number = $"AK1/UJI/{Guid.NewGuid():N}"[..30], DefinitionId = "ak1", DefinitionHash = "uji", DefinitionVersion = 1,
            Status = status, StartedAt = now.AddDays(-12), ClosedAt = status == CaseStatus.Closed ? now.AddDays(-10) : null, ApplicantName = account.Name,
            Nik = account.Nik, StartedByUserId = $"layanan:{account.Id:N}", UpdatedAt = now,
        };
    }
}
