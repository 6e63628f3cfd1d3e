using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Uploads;

/// <summary>The pas foto a berkas prints: the latest upload of the SOP's photo declaration that has not been replaced or refused.</summary>
public static class PhotoUpload
{
    public static async Task<Guid?> LatestAsync(SopDeskDbContext db, SopDefinition definition, Guid caseId, CancellationToken ct)
    {
        var photoIds = definition.Online?.Uploads.Where(u => u.Photo).Select(u => u.Id).ToList() ?? [];
        if (photoIds.Count == 0) return null;
        var photos = await db.Uploads.AsNoTracking()
            .Where(u => u.CaseId == caseId && photoIds.Contains(u.UploadId) && u.Status != UploadStatus.Replaced && u.Status != UploadStatus.Refused)
            .Select(u => new { u.Id, u.UploadedAt }).ToListAsync(ct);
        // SQLite cannot order by DateTimeOffset: ordered here (a berkas has a handful of uploads).
        return photos.OrderByDescending(u => u.UploadedAt).Select(u => (Guid?)u.Id).FirstOrDefault();
    }
}
