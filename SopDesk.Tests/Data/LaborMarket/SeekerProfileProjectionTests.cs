using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Tests.Data.LaborMarket;

/// <summary>The AK1 → job seeker profile projection: only signed cards count, cancellation stops the search, a placement is kept.</summary>
public sealed class SeekerProfileProjectionTests : IAsyncLifetime
{
    private TempDatabase _database = default!;
    private readonly SeekerProfileProjection _projection = new();

    public async Task InitializeAsync() => _database = await TempDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task ApplyAsync(params Guid[] caseIds)
    {
        await using var db = _database.NewContext();
        await _projection.ApplyAsync(db, caseIds, LaborMarketRows.Now, default);
        await db.SaveChangesAsync();
    }

    private async Task<JobSeekerProfileRecord?> ProfileAsync(Guid caseId)
    {
        await using var db = _database.NewContext();
        return await db.JobSeekerProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.CaseId == caseId);
    }

    [Fact]
    public async Task A_signed_AK1_becomes_an_active_profile_with_the_form_values_and_the_card()
    {
        Guid caseId;
        await using (var db = _database.NewContext()) caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000001"));

        await ApplyAsync(caseId);

        var profile = (await ProfileAsync(caseId)).ShouldNotBeNull();
        profile.Status.ShouldBe(SeekerStatus.Active);
        (profile.Nik, profile.Name, profile.Gender, profile.BirthDate).ShouldBe(("1673015405000001", "Rina Wulandari", "Perempuan", new DateOnly(2000, 5, 14)));
        (profile.Education, profile.Major, profile.Skills).ShouldBe(((int)EducationLevel.D3, "Teknik Mesin", "las, AutoCAD, Microsoft Excel"));
        (profile.WishedPositions, profile.WishedLocation, profile.ExperienceYears, profile.Phone)
            .ShouldBe(("operator produksi, admin gudang", "Kota Pagar Alam", 2, "+6281234567890"));
        profile.Ak1Number.ShouldEndWith("/AK1/DISPMPTSPTK/2026");
        profile.SignedAt.ShouldBe(LaborMarketRows.Now.AddDays(-1));
        profile.ValidUntil.ShouldBe(LaborMarketRows.Now.AddDays(-1).AddMonths(24));

        await ApplyAsync(caseId); // applied again: the same single row
        await using var check = _database.NewContext();
        (await check.JobSeekerProfiles.CountAsync(p => p.CaseId == caseId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_AK1_not_signed_yet_has_no_profile()
    {
        Guid caseId;
        await using (var db = _database.NewContext()) caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000002"), signed: false);

        await ApplyAsync(caseId);

        (await ProfileAsync(caseId)).ShouldBeNull();
    }

    [Fact]
    public async Task A_cancelled_register_line_makes_the_profile_inactive()
    {
        Guid caseId;
        await using (var db = _database.NewContext()) caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000003"));
        await ApplyAsync(caseId);

        await using (var db = _database.NewContext())
        {
            var line = await db.RegisterEntries.SingleAsync(r => r.CaseId == caseId);
            (line.Status, line.CancelledAt, line.CancelReason) = (RegisterEntryStatus.Cancelled, LaborMarketRows.Now, "Data tidak benar");
            await db.SaveChangesAsync();
        }
        await ApplyAsync(caseId);

        (await ProfileAsync(caseId)).ShouldNotBeNull().Status.ShouldBe(SeekerStatus.Inactive);
    }

    [Fact]
    public async Task A_placed_profile_stays_placed_when_its_berkas_is_applied_again()
    {
        Guid caseId;
        await using (var db = _database.NewContext()) caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000004"));
        await ApplyAsync(caseId);
        var placedAt = LaborMarketRows.Now.AddHours(1);
        await using (var db = _database.NewContext())
        {
            var profile = await db.JobSeekerProfiles.SingleAsync(p => p.CaseId == caseId);
            (profile.Status, profile.PlacedAt) = (SeekerStatus.Placed, placedAt);
            await db.SaveChangesAsync();
            var line = await db.RegisterEntries.SingleAsync(r => r.CaseId == caseId);
            line.Status = RegisterEntryStatus.Cancelled; // even a later cancellation does not undo the placement
            await db.SaveChangesAsync();
        }

        await ApplyAsync(caseId);

        var kept = (await ProfileAsync(caseId)).ShouldNotBeNull();
        (kept.Status, kept.PlacedAt).ShouldBe((SeekerStatus.Placed, (DateTimeOffset?)placedAt));
    }

    [Fact]
    public async Task The_account_is_the_online_owner_of_the_berkas_else_the_job_seeker_account_with_the_same_NIK()
    {
        var owner = LaborMarketRows.Account("1673015405000005");
        var sameNik = LaborMarketRows.Account("1673015405000006");
        var employer = LaborMarketRows.Account("1673015405000007", PublicAccountKind.PemberiKerja);
        Guid online, desk, nobody;
        await using (var db = _database.NewContext())
        {
            db.PublicAccounts.AddRange(owner, sameNik, employer);
            await db.SaveChangesAsync();
            online = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000005"), onlineOwner: owner.Id);
            desk = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000006"));
            nobody = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000007"));
        }

        await ApplyAsync(online, desk, nobody);

        (await ProfileAsync(online)).ShouldNotBeNull().AccountId.ShouldBe(owner.Id);
        (await ProfileAsync(desk)).ShouldNotBeNull().AccountId.ShouldBe(sameNik.Id);
        (await ProfileAsync(nobody)).ShouldNotBeNull().AccountId.ShouldBeNull("an employer's account is not a job seeker's");
        await using var db2 = _database.NewContext();
        (await SeekerProfiles.FindActiveAsync(db2, owner.Id, LaborMarketRows.Now)).ShouldNotBeNull().CaseId.ShouldBe(online);
        (await SeekerProfiles.FindActiveAsync(db2, owner.Id, LaborMarketRows.Now.AddMonths(25))).ShouldBeNull("the card expired");
    }

    [Fact]
    public async Task The_catch_up_applies_the_AK1_berkas_that_have_a_journal_line_after_the_watermark()
    {
        Guid caseId;
        await using (var db = _database.NewContext())
        {
            caseId = await LaborMarketRows.AddAk1Async(db, LaborMarketRows.Ak1Values("1673015405000008"));
            db.Journal.Add(new JournalRecord { At = LaborMarketRows.Now, CaseId = caseId, ActorUserId = "kabid", ActorName = "Kabid", ActingAs = "kabid", Action = "Signed", Detail = "uji" });
            await db.SaveChangesAsync();
        }

        await using (var db = _database.NewContext()) (await CaseProjections.CatchUpAsync(db, _projection, LaborMarketRows.Now)).ShouldBe(1);
        await using (var db = _database.NewContext()) (await CaseProjections.CatchUpAsync(db, _projection, LaborMarketRows.Now)).ShouldBe(0);

        (await ProfileAsync(caseId)).ShouldNotBeNull().Status.ShouldBe(SeekerStatus.Active);
    }
}
