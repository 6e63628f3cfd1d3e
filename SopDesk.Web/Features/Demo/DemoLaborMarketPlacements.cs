using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// The demo job market's second step: applications of the demo job seekers (profiles of their signed AK1, found by the AK1 berkas, with the
/// account of the same NIK) to the published demo vacancies whose education they meet, and placements for vacancies published at least three
/// weeks ago — most filled, some partly — reported by the employer or recorded by the office. A placed seeker is no longer searching.
/// Siti Rahma applies once and stays searching. Profiles that the projection has not built are simply not used.
/// </summary>
public static class DemoLaborMarketPlacements
{
    public static async Task<int> SeedAsync(SopDeskDbContext db, DateTimeOffset now, IReadOnlyDictionary<string, Actor> staff)
    {
        if (await db.JobApplications.AnyAsync() || await db.Placements.AnyAsync()) return 0;
        var random = new Random(1506);
        var accounts = await db.PublicAccounts.Where(a => a.Kind == PublicAccountKind.PencariKerja && a.Nik != null)
            .ToDictionaryAsync(a => a.Nik!, a => a.Id);
        var profiles = (await db.JobSeekerProfiles.Where(p => p.Status == SeekerStatus.Active).OrderBy(p => p.SignedAt).ToListAsync())
            .Where(p => accounts.ContainsKey(p.Nik)).ToList();
        var siti = DemoPublicAccounts.Members[0].Nik;
        var vacancies = await db.Vacancies.Where(v => v.PublishedAt != null).OrderBy(v => v.PublishedAt).ToListAsync();
        var officer = staff.GetValueOrDefault("pengantar-kerja");
        var placed = 0;
        var sitiApplied = false;
        foreach (var vacancy in vacancies)
        {
            var published = vacancy.PublishedAt!.Value;
            var fits = profiles.Where(p => p.Status == SeekerStatus.Active && p.Education >= vacancy.EducationMin && p.SignedAt < published && p.Nik != siti)
                .OrderBy(_ => random.Next()).Take(random.Next(2, 7)).ToList();
            var applications = new List<(JobApplicationRecord Application, JobSeekerProfileRecord Profile)>();
            foreach (var profile in fits)
            {
                var appliedAt = published.AddHours(random.Next(3, 24 * 8));
                if (appliedAt >= now) continue;
                var application = new JobApplicationRecord
                {
                    Id = Guid.CreateVersion7(appliedAt), VacancyId = vacancy.Id, ProfileId = profile.Id, AccountId = accounts[profile.Nik], AppliedAt = appliedAt,
                    Status = JobApplicationStatus.Sent, Message = "Saya tertarik dan siap mengikuti seleksi.",
                };
                db.JobApplications.Add(application);
                applications.Add((application, profile));
            }
            // Siti Rahma (D3 Akuntansi) applies to the first recent vacancy she meets, and waits.
            if (!sitiApplied && published > now.AddDays(-30) && vacancy.EducationMin <= 6
                && profiles.FirstOrDefault(p => p.Nik == siti) is { } sitiProfile && accounts.TryGetValue(sitiProfile.Nik, out var sitiAccount))
            {
                db.JobApplications.Add(new JobApplicationRecord
                {
                    Id = Guid.CreateVersion7(published), VacancyId = vacancy.Id, ProfileId = sitiProfile.Id, AccountId = sitiAccount,
                    AppliedAt = published.AddHours(5) < now ? published.AddHours(5) : now.AddMinutes(-5), Status = JobApplicationStatus.Sent,
                });
                sitiApplied = true;
            }
            if (published > now.AddDays(-21)) continue;

            // Most vacancies are filled; one in four only partly.
            var hires = Math.Min(vacancy.Openings - (random.Next(4) == 0 ? 1 : 0), applications.Count);
            var reportedAt = published.AddDays(random.Next(9, 30)).AddHours(random.Next(0, 6));
            foreach (var (application, profile) in applications.Take(hires))
            {
                if (reportedAt >= now) break;
                application.Status = JobApplicationStatus.Hired;
                application.DecidedAt = reportedAt.AddDays(-2);
                profile.Status = SeekerStatus.Placed;
                profile.PlacedAt = reportedAt;
                var byEmployer = vacancy.EmployerAccountId is not null;
                db.Placements.Add(new PlacementRecord
                {
                    Id = Guid.CreateVersion7(reportedAt), VacancyId = vacancy.Id, ProfileId = profile.Id, ApplicationId = application.Id,
                    EmployerAccountId = vacancy.EmployerAccountId, Nik = profile.Nik, Name = profile.Name, Position = vacancy.Position,
                    CompanyName = vacancy.CompanyName, Sector = vacancy.Sector, Education = profile.Education, Location = vacancy.Location,
                    StartedOn = DateOnly.FromDateTime(reportedAt.AddDays(-random.Next(0, 4)).DateTime), ReportedAt = reportedAt,
                    ReportedBy = byEmployer ? $"layanan:{vacancy.EmployerAccountId}" : officer?.UserId ?? "pengantar-kerja",
                    ReportedByName = byEmployer ? vacancy.ContactName ?? vacancy.CompanyName : officer?.Name ?? "Pengantar Kerja",
                    Source = byEmployer ? PlacementSource.Employer : PlacementSource.Office,
                });
                placed++;
                reportedAt = reportedAt.AddDays(random.Next(0, 3));
            }
            foreach (var (application, _) in applications.Where(a => a.Application.Status == JobApplicationStatus.Sent && random.Next(3) > 0))
            {
                application.Status = JobApplicationStatus.NotContinued;
                application.DecidedAt = application.AppliedAt.AddDays(7);
            }
        }
        await db.SaveChangesAsync();
        return placed;
    }
}
