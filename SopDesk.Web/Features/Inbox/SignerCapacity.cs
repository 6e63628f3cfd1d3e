using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Inbox;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Inbox;

/// <summary>
/// The capacity a signer signs each listed berkas in ("kabid", or "Plh. kabid" while the Kepala Bidang is absent), by the
/// lane rule the engine records the signature under (<see cref="LaneAccess"/>), so the page can say it before signing.
/// </summary>
public sealed class SignerCapacity(DefinitionCatalog catalog, IDbContextFactory<SopDeskDbContext> contexts, Office.OfficeProfileService officeProfile, OfficeTime time)
{
    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(Actor actor, IEnumerable<InboxItem> items, CancellationToken ct = default)
    {
        var list = items.ToList();
        if (list.Count == 0) return new Dictionary<Guid, string>();
        OfficeContext office;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            office = await CaseService.OfficeContextAsync(db, officeProfile.Current, time.Now, ct);
        var capacities = new Dictionary<Guid, string>();
        foreach (var item in list)
        {
            var definition = await catalog.GetVersionAsync(item.DefinitionId, item.DefinitionHash, ct);
            if (definition.Steps.FirstOrDefault(s => s.Id == item.StepId) is { } step && LaneAccess.ActingAs(definition, step, actor, office) is { } actingAs)
                capacities[item.WorkItemId] = actingAs;
        }
        return capacities;
    }

    public static bool IsPlh(string actingAs) => actingAs.StartsWith(Journal.JournalLabels.PlhPrefix, StringComparison.Ordinal);
}
