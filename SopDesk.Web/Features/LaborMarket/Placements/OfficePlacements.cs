using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// The office's list of placements for a month (by the month work started, as the figures count), for officers only
/// (role read from the database now); each opening of the list is one journal line, since it names people.
/// </summary>
public sealed class OfficePlacements(IDbContextFactory<SopDeskDbContext> contexts, PlacementRecorder recorder, PlacementLists lists, OfficeTime time)
{
    /// <summary>Null when the user holds no job-market role now.</summary>
    public async Task<IReadOnlyList<PlacementRecord>?> MonthAsync(ClaimsPrincipal user, DateOnly month, PlacementSource? source, CancellationToken ct = default)
    {
        if (await recorder.OfficerAsync(user, ct) is not { } officer) return null;
        var rows = await lists.OfMonthAsync(month, source, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Journal.Add(JournalRecord.For(officer, time.Now, JournalActions.PersonalDataViewed,
            $"Daftar penempatan {month.ToString("MMMM yyyy", OfficeTime.Indonesian)} dibuka ({rows.Count} penempatan"
            + (source is { } s ? $", sumber {SourceLabel(s)})" : ")")));
        await db.SaveChangesAsync(ct);
        return rows;
    }

    public static string SourceLabel(PlacementSource source) => source == PlacementSource.Employer ? "laporan pemberi kerja" : "dicatat Dinas";
}
