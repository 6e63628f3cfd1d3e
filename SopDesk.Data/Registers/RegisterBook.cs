using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Data.Registers;

/// <summary>Which lines of one register: numbered on office days From..To (both optional), a status, the officer who numbered them, a text.</summary>
public sealed record RegisterFilter(string RegisterId, DateOnly? From = null, DateOnly? To = null, RegisterEntryStatus? Status = null,
    string? OfficerUserId = null, string? Text = null);

/// <summary>Reading and cancelling the lines of a buku register.</summary>
public static class RegisterBook
{
    /// <summary>One page, newest first, and how many lines match.</summary>
    public static async Task<(List<RegisterEntryRecord> Rows, int Total)> PageAsync(SopDeskDbContext db, RegisterFilter filter, TimeZoneInfo officeZone,
        int skip, int take, CancellationToken ct = default)
    {
        var lines = Matching(db, filter, officeZone);
        var total = await lines.CountAsync(ct);
        var rows = await lines.OrderByDescending(e => e.Year).ThenByDescending(e => e.Sequence).Skip(skip).Take(take).ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>Every matching line in book order (year, then number), streamed — for the Excel export.</summary>
    public static IAsyncEnumerable<RegisterEntryRecord> InBookOrder(SopDeskDbContext db, RegisterFilter filter, TimeZoneInfo officeZone) =>
        Matching(db, filter, officeZone).OrderBy(e => e.Year).ThenBy(e => e.Sequence).AsAsyncEnumerable();

    public static Task<int> CountAsync(SopDeskDbContext db, RegisterFilter filter, TimeZoneInfo officeZone, CancellationToken ct = default) =>
        Matching(db, filter, officeZone).CountAsync(ct);

    /// <summary>The line a number names in a register (the active one when a cancelled line shares it), or null.</summary>
    public static Task<RegisterEntryRecord?> FindByNumberAsync(SopDeskDbContext db, string registerId, string number, CancellationToken ct = default) =>
        db.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == registerId && e.Number == number).OrderBy(e => e.Status).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Marks a line batal. Its number stays in the book and is never given again; the berkas gets a new number if its
    /// register step is done again. False when the line is not active any more (someone cancelled it first).
    /// </summary>
    public static async Task<bool> CancelAsync(SopDeskDbContext db, Guid entryId, Actor actor, string reason, DateTimeOffset at, CancellationToken ct = default)
    {
        var entry = await db.RegisterEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return false;
        var changed = await db.RegisterEntries
            .Where(e => e.Id == entryId && e.Status == RegisterEntryStatus.Active && e.Version == entry.Version)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, RegisterEntryStatus.Cancelled)
                .SetProperty(e => e.CancelledAt, at)
                .SetProperty(e => e.CancelledByName, actor.Name)
                .SetProperty(e => e.CancelReason, reason)
                .SetProperty(e => e.Version, e => e.Version + 1), ct);
        if (changed == 0) return false;
        db.Journal.Add(JournalRecord.For(actor, at, JournalActions.RegisterEntryCancelled, $"Nomor register {entry.Number} dibatalkan: {reason}", entry.CaseId));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static IQueryable<RegisterEntryRecord> Matching(SopDeskDbContext db, RegisterFilter filter, TimeZoneInfo officeZone)
    {
        var lines = db.RegisterEntries.AsNoTracking().Where(e => e.RegisterId == filter.RegisterId);
        if (filter.From is { } from)
        {
            var start = OfficeDays.StartOf(from, officeZone);
            lines = lines.Where(e => e.AssignedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = OfficeDays.StartOf(to.AddDays(1), officeZone);
            lines = lines.Where(e => e.AssignedAt < end);
        }
        if (filter.Status is { } status) lines = lines.Where(e => e.Status == status);
        if (filter.OfficerUserId is { Length: > 0 } officer) lines = lines.Where(e => e.AssignedByUserId == officer);
        if (filter.Text?.Trim().ToLowerInvariant() is { Length: > 0 } text) lines = lines.Where(e => e.SearchText.Contains(text));
        return lines;
    }
}
