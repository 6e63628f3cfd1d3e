using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Tests.Data.LaborMarket;

namespace SopDesk.Tests.Web.LaborMarket.Matching;

/// <summary>The running app keeps the seeker profiles on its own: a newly signed AK1 gets its profile with nobody opening a page.</summary>
public sealed class ProjectionWatcherTests
{
    [Fact]
    public async Task A_signed_AK1_gets_its_profile_from_the_background_loop()
    {
        await using var app = new SopDeskAppFactory
        {
            Settings = new Dictionary<string, string> { ["LaborMarket:Watch"] = "true", ["LaborMarket:CatchUpInterval"] = "00:00:00.200" },
        };
        _ = app.Server;
        var contexts = app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>();
        Guid caseId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405009901", "Dimas Pratama"));
            db.Journal.Add(new JournalRecord { At = DateTimeOffset.UtcNow, CaseId = caseId, ActorUserId = "kabid", ActorName = "Kabid", ActingAs = "kabid", Action = "Signed", Detail = "uji" });
            await db.SaveChangesAsync();
        }

        JobSeekerProfileRecord? profile = null;
        for (var i = 0; i < 100 && profile is null; i++)
        {
            await Task.Delay(100);
            await using var db = await contexts.CreateDbContextAsync();
            profile = await db.JobSeekerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId);
        }
        profile.ShouldNotBeNull("the watcher should have applied the signed AK1 within 10 s").Name.ShouldBe("Dimas Pratama");
        profile.Status.ShouldBe(SeekerStatus.Active);
    }
}
