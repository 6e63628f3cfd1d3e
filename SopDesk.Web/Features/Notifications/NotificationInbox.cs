using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.Notifications;

/// <summary>An officer's own notifications: only ever the signed-in officer's, whatever id a page passes.</summary>
public sealed class NotificationInbox(IDbContextFactory<SopDeskDbContext> contexts, TimeProvider clock)
{
    public async Task<int> UnreadCountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
    }

    public async Task<IReadOnlyList<NotificationRecord>> ListAsync(string userId, bool unreadOnly, int take = 100, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        return await query.OrderByDescending(n => n.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Marks one (or, with null, all) of the officer's notifications read; another officer's id changes nothing.</summary>
    public async Task<int> MarkReadAsync(string userId, long? id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        return await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), ct);
    }
}
