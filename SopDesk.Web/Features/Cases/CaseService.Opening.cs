using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>
/// The writes an opening of the berkas page makes, as explicit acts the page calls once per opening (never on a
/// live refresh): the view is journaled, and a disposisi given to this officer is marked seen.
/// </summary>
public sealed partial class CaseService
{
    /// <summary>
    /// Journals that this officer opened the berkas: "PersonalDataViewed" when they see its personal data,
    /// otherwise "CaseOpened". One line per call; the page calls it on its first render only.
    /// </summary>
    public async Task RecordOpeningAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (row is null) return;
        var definition = await catalog.GetVersionAsync(row.DefinitionId, row.DefinitionHash, ct);
        var actor = await current.RequireAsync(user, ct);
        var personal = PersonalDataPolicy.MaySee(definition, actor) && definition.Steps.SelectMany(s => s.Fields).Any(f => f.Personal);
        db.Journal.Add(personal
            ? JournalRecord.For(actor, time.Now, JournalActions.PersonalDataViewed, $"Melihat data pribadi berkas {row.Number}", caseId)
            : JournalRecord.For(actor, time.Now, JournalActions.CaseOpened, $"Membuka berkas {row.Number}", caseId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The recipient of a disposisi opened the berkas: from now on the giver can no longer withdraw it. True when marked now.</summary>
    public async Task<bool> MarkDisposisiSeenAsync(Guid caseId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = await current.RequireAsync(user, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var open = await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open, ct);
        if (open is not { HoldKind: nameof(HoldKind.Disposisi), SeenAt: null } || open.HolderUserId != actor.UserId) return false;
        if (!await new CaseStore(db).MarkDisposisiSeenAsync(caseId, open.Id, actor, time.Now, ct)) return false;
        events.Publish(Live.CaseChange.OfStoredItem(caseId, open.Roles, open.HolderUserId, open.HeldByUserId));
        return true;
    }
}
