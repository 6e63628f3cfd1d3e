using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Features.Notifications;

/// <summary>A message to write: about what (the key that makes it once-only), for whom, saying what.</summary>
public sealed record Notice(string Key, string Kind, string Title, string Text, Guid? CaseId);

/// <summary>
/// Adds notifications inside the caller's transaction, once per officer and key: a second call with the same key
/// — a sweep after a restart, two sweeps racing — adds nothing (and the unique index would refuse it anyway).
/// </summary>
public static class Notifier
{
    public static async Task<int> AddOnceAsync(SopDeskDbContext db, IEnumerable<string> userIds, Notice notice, DateTimeOffset now, CancellationToken ct)
    {
        var recipients = userIds.Distinct().ToList();
        var already = await db.Notifications.Where(n => n.Key == notice.Key && recipients.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(ct);
        var added = 0;
        foreach (var userId in recipients.Except(already))
        {
            db.Notifications.Add(new NotificationRecord
            {
                UserId = userId, Key = notice.Key, Kind = notice.Kind, Title = notice.Title, Text = notice.Text, CaseId = notice.CaseId, CreatedAt = now,
            });
            added++;
        }
        return added;
    }
}
