using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Staff;

/// <summary>Which desk pages an officer can use now: the menu shows only these, and the pages say why when they are empty.</summary>
public sealed record DeskMenuItems(bool StartsBerkas, bool Signs);

/// <summary>
/// The one rule of the staff menu, read from the SOP definitions: an officer sees <em>Berkas baru</em> when the lane of
/// some SOP's first step is theirs, and <em>Menunggu tanda tangan</em> when they may act on some SOP's sign step —
/// by a role they hold, or now as Plh. for an absent official under a substitution rule (the same
/// <see cref="LaneAccess"/> the engine and the inbox apply). Display only: every page and action checks again on the server.
/// </summary>
public sealed class DeskMenu(DefinitionCatalog catalog, IDbContextFactory<SopDeskDbContext> contexts, Office.OfficeProfileService officeProfile, OfficeTime time)
{
    public async Task<DeskMenuItems> ForAsync(Actor actor, CancellationToken ct = default)
    {
        var office = await OfficeNowAsync(actor, ct);
        return new DeskMenuItems(StartsBerkas(catalog.Current, actor, office), Signs(catalog.Displayable, actor, office));
    }

    /// <summary>Does the officer act in the first step's lane of some SOP (so they register new berkas)?</summary>
    public static bool StartsBerkas(IEnumerable<SopDefinition> definitions, Actor actor, OfficeContext office) =>
        definitions.Any(d => LaneAccess.ActingAs(d, d.FirstStep, actor, office) is not null);

    /// <summary>May the officer act on a sign step of some SOP (as its signer or as Plh.)?</summary>
    public static bool Signs(IEnumerable<SopDefinition> definitions, Actor actor, OfficeContext office) =>
        definitions.Any(d => d.Steps.Any(s => s.Kind == StepKind.Sign && LaneAccess.ActingAs(d, s, actor, office) is not null));

    /// <summary>The roles that sign in some SOP (their lanes' roles), for a page that explains why it is empty.</summary>
    public IReadOnlyList<string> SignerRoles() =>
        [.. catalog.Current.SelectMany(d => d.Steps.Where(s => s.Kind == StepKind.Sign).SelectMany(s => d.Lane(s.Lane).Roles)).Distinct()];

    /// <summary>The roles whose lane starts some SOP.</summary>
    public IReadOnlyList<string> StarterRoles() =>
        [.. catalog.Current.SelectMany(d => d.Lane(d.FirstStep.Lane).Roles).Distinct()];

    /// <summary>The absences only matter to an officer holding a substitution's acting role; the others need no query.</summary>
    private async Task<OfficeContext> OfficeNowAsync(Actor actor, CancellationToken ct)
    {
        if (!catalog.Displayable.SelectMany(d => d.Substitutions).Any(s => actor.Roles.Contains(s.ActingRole))) return OfficeContext.Normal;
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await CaseService.OfficeContextAsync(db, officeProfile.Current, time.Now, ct);
    }
}
