using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Jobs.Matching;

/// <summary>Where a public account stands for job matching.</summary>
public enum SeekerMatchState
{
    /// <summary>An active, valid AK1: the ranked vacancies.</summary>
    Matches,
    /// <summary>An employer's account: matching is for job seekers.</summary>
    NotSeeker,
    /// <summary>An AK1 berkas is still being processed (not signed yet).</summary>
    Ak1InProcess,
    /// <summary>No AK1 on record for this account.</summary>
    NoAk1,
    /// <summary>A placement closed the search.</summary>
    Placed,
    /// <summary>The card's validity ended.</summary>
    Expired,
    /// <summary>The AK1 was cancelled.</summary>
    Cancelled,
}

public sealed record SeekerMatchesView(SeekerMatchState State, IReadOnlyList<VacancyMatch> Vacancies, string? Ak1Number = null, DateTimeOffset? Since = null);

/// <summary>The vacancies that fit the signed-in job seeker's AK1 profile (/layanan/lowongan/cocok), or why there are none.</summary>
public sealed class SeekerMatches(IDbContextFactory<SopDeskDbContext> contexts, ProjectionCatchUp catchUp, OfficeTime time)
{
    public const int Shown = 20;
    public const string Ak1Sop = "ak1";

    public async Task<SeekerMatchesView> ForAsync(PublicAccountRecord account, CancellationToken ct = default)
    {
        if (account.Kind != PublicAccountKind.PencariKerja) return new(SeekerMatchState.NotSeeker, []);
        await catchUp.CatchUpAsync(ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.Now;
        if (await SeekerProfiles.FindActiveAsync(db, account.Id, now, ct) is { } profile)
            return new(SeekerMatchState.Matches, await JobMatcher.VacanciesForAsync(db, profile.Id, DateOnly.FromDateTime(now.DateTime), Shown, ct),
                profile.Ak1Number, profile.ValidUntil);
        var latest = await SeekerProfiles.FindLatestAsync(db, account.Id, ct);
        if (await Ak1InProcessAsync(db, account, ct)) return new(SeekerMatchState.Ak1InProcess, [], latest?.Ak1Number);
        return latest switch
        {
            { Status: SeekerStatus.Placed } => new(SeekerMatchState.Placed, [], latest.Ak1Number, latest.PlacedAt),
            { Status: SeekerStatus.Inactive } => new(SeekerMatchState.Cancelled, [], latest.Ak1Number),
            { } expired => new(SeekerMatchState.Expired, [], expired.Ak1Number, expired.ValidUntil),
            null => new(SeekerMatchState.NoAk1, []),
        };
    }

    /// <summary>An AK1 berkas of this account (online, or at the desk with its NIK) that is still open.</summary>
    private static async Task<bool> Ak1InProcessAsync(SopDeskDbContext db, PublicAccountRecord account, CancellationToken ct)
    {
        var online = db.OnlineCases.Where(o => o.AccountId == account.Id && o.DefinitionId == Ak1Sop).Select(o => o.CaseId);
        return await db.Cases.AnyAsync(c => c.DefinitionId == Ak1Sop && c.Status != CaseStatus.Closed
            && (online.Contains(c.Id) || (account.Nik != null && c.Nik == account.Nik)), ct);
    }
}
