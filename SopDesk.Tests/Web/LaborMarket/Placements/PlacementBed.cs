using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.Web.Layanan.Applications;

namespace SopDesk.Tests.Web.LaborMarket.Placements;

/// <summary>One app for the placement tests (each test makes its own accounts, vacancies and AK1 holders).</summary>
[CollectionDefinition(Name)]
public sealed class PlacementsApp : ICollectionFixture<SopDeskAppFactory>
{
    public const string Name = "placements";
}

/// <summary>
/// Rows written straight into the app's database: employers, published vacancies and AK1 holders' profiles (which the AK1
/// projection writes in the app), each on a minimal berkas row for its foreign key; applications; and forms posted as a browser would.
/// </summary>
public static partial class PlacementBed
{
    private static int _serial = 6000;
    public static int Next() => Interlocked.Increment(ref _serial);

    public static async Task<SopDeskDbContext> DbAsync(IServiceProvider services) =>
        await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    public static Task<PublicAccountRecord> EmployerAsync(IServiceProvider services) =>
        ApplicantBed.CreateAccountAsync(services, Next(), PublicAccountKind.PemberiKerja);

    public static Task<PublicAccountRecord> SeekerAccountAsync(IServiceProvider services) =>
        ApplicantBed.CreateAccountAsync(services, Next());

    public static async Task<VacancyRecord> VacancyAsync(IServiceProvider services, PublicAccountRecord employer, int openings = 2,
        VacancyStatus status = VacancyStatus.Published, string position = "Operator Produksi")
    {
        await using var db = await DbAsync(services);
        var now = DateTimeOffset.UtcNow;
        var berkas = Berkas("lowongan", employer.Name);
        db.Cases.Add(berkas);
        var vacancy = new VacancyRecord
        {
            CaseId = berkas.Id, EmployerAccountId = employer.Id, Source = VacancySource.Employer, CompanyName = $"PT Uji {employer.Name}", Sector = "C",
            Position = position, Description = "Mengoperasikan mesin.", Openings = openings, Location = "Kota Palembang", EducationMin = (int)EducationLevel.Sma,
            ClosesOn = DateOnly.FromDateTime(now.AddDays(20).Date), Status = status, CreatedAt = now.AddDays(-12), UpdatedAt = now,
            PublishedAt = status == VacancyStatus.Published ? now.AddDays(-10) : null,
            RegisterNumber = status == VacancyStatus.Published ? $"{Next():0000}/LOKER/DISPMPTSPTK/2026" : null,
        };
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return vacancy;
    }

    public static async Task<JobSeekerProfileRecord> ProfileAsync(IServiceProvider services, PublicAccountRecord? account = null, string? name = null)
    {
        var serial = Next();
        await using var db = await DbAsync(services);
        var berkas = Berkas("ak1", name ?? account?.Name ?? $"Pencari Uji {serial}");
        db.Cases.Add(berkas);
        var profile = new JobSeekerProfileRecord
        {
            CaseId = berkas.Id, Ak1Number = $"{serial:0000}/AK1/2026", Nik = account?.Nik ?? ApplicantBed.Nik(serial), Name = berkas.ApplicantName,
            BirthDate = new DateOnly(1998, 5, 14), Gender = "Perempuan", Education = (int)EducationLevel.Sma, Major = "Teknik Mesin",
            Skills = "Bubut, Las", WishedPositions = "Operator", WishedLocation = "Kota Palembang", ExperienceYears = 2, Phone = $"+6281200{serial:0000}",
            AccountId = account?.Id, SignedAt = DateTimeOffset.UtcNow.AddDays(-30), ValidUntil = DateTimeOffset.UtcNow.AddYears(2),
            Status = SeekerStatus.Active, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.JobSeekerProfiles.Add(profile);
        await db.SaveChangesAsync();
        return profile;
    }

    public static async Task<JobApplicationRecord> ApplicationAsync(IServiceProvider services, VacancyRecord vacancy, JobSeekerProfileRecord profile,
        PublicAccountRecord account)
    {
        await using var db = await DbAsync(services);
        var application = new JobApplicationRecord
        {
            Id = Guid.NewGuid(), VacancyId = vacancy.Id, ProfileId = profile.Id, AccountId = account.Id, AppliedAt = DateTimeOffset.UtcNow.AddDays(-2),
            Status = JobApplicationStatus.Sent, Message = "Saya siap bekerja shift.",
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }

    /// <summary>A seeker with an account, a profile and an application to <paramref name="vacancy"/>.</summary>
    public static async Task<(PublicAccountRecord Account, JobSeekerProfileRecord Profile, JobApplicationRecord Application)> ApplicantAsync(
        IServiceProvider services, VacancyRecord vacancy)
    {
        var account = await SeekerAccountAsync(services);
        var profile = await ProfileAsync(services, account);
        return (account, profile, await ApplicationAsync(services, vacancy, profile, account));
    }

    private static CaseRecord Berkas(string definition, string name) => new()
    {
        Id = Guid.NewGuid(), Number = $"{definition.ToUpperInvariant()}/UJI/{Guid.NewGuid():N}", DefinitionId = definition, DefinitionHash = "uji",
        DefinitionVersion = 1, Status = SopDesk.Workflows.Engine.CaseStatus.Closed, StartedAt = DateTimeOffset.UtcNow.AddDays(-40), ApplicantName = name,
        StartedByUserId = "uji", UpdatedAt = DateTimeOffset.UtcNow,
    };

    /// <summary>GETs <paramref name="formPage"/> for a form's tokens (antiforgery, guard), then posts the fields to <paramref name="postPath"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string postPath, string handler, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage);
        var form = new Dictionary<string, string>(fields)
        {
            ["_handler"] = handler,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value),
            ["layanan_dibuka"] = WebUtility.HtmlDecode(Rendered().Match(page).Groups[1].Value),
            ["kontak_tambahan"] = "",
        };
        return await client.PostAsync(postPath, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IDictionary<string, string> fields) =>
        PostAsync(client, path, path, handler, fields);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"layanan_dibuka\" value=\"([^\"]+)\"")]
    private static partial Regex Rendered();
}
