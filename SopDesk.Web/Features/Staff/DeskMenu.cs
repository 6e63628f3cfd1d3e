using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Staff;

/// <summary>
/// Which parts of the staff menu an officer can use now: the menu (<c>NavMenu</c>) renders exactly these and decides
/// nothing itself; the pages say why when they are empty.
/// </summary>
/// <param name="StartsBerkas"><em>Berkas baru</em>.</param>
/// <param name="Signs"><em>Menunggu tanda tangan</em>.</param>
/// <param name="Figures">The <em>Pasar kerja</em> group (its figures).</param>
/// <param name="MarketOfficer">The job-market desk links inside that group (vacancies, placements).</param>
/// <param name="Supervisor">The <em>Pengawasan</em> group.</param>
/// <param name="Admin">The <em>Administrasi</em> group.</param>
/// <param name="Corrections"><em>Koreksi data (online)</em>.</param>
public sealed record DeskMenuItems(bool StartsBerkas, bool Signs, bool Figures, bool MarketOfficer, bool Supervisor, bool Admin, bool Corrections)
{
    public static readonly DeskMenuItems None = new(false, false, false, false, false, false, false);
}

/// <summary>
/// The one rule set of the staff menu. From the SOP definitions: an officer sees <em>Berkas baru</em> when the lane of
/// some SOP's first step is theirs, and <em>Menunggu tanda tangan</em> when they may act on some SOP's sign step —
/// by a role they hold, or now as Plh. for an absent official under a substitution rule (the same
/// <see cref="LaneAccess"/> the engine and the inbox apply). From the policies and roles the pages themselves require:
/// the job-market, supervision and administration groups and the online corrections (decision 040).
/// Display only: every page and action checks again on the server.
/// </summary>
public sealed class DeskMenu(DefinitionCatalog catalog, IDbContextFactory<SopDeskDbContext> contexts, Office.OfficeProfileService officeProfile,
    OfficeTime time, IAuthorizationService authorization)
{
    /// <summary>The whole menu of a signed-in user (nothing for anyone else).</summary>
    public async Task<DeskMenuItems> ForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user is not { Identity.IsAuthenticated: true }) return DeskMenuItems.None;
        var actor = ActorFactory.FromPrincipal(user);
        var office = await OfficeNowAsync(actor, ct);
        return new DeskMenuItems(
            StartsBerkas: StartsBerkas(catalog.Current, actor, office),
            Signs: Signs(catalog.Displayable, actor, office),
            Figures: (await authorization.AuthorizeAsync(user, FiguresPolicy.Name)).Succeeded,
            MarketOfficer: InAnyRole(user, LaborMarketRoles.Officers),
            Supervisor: (await authorization.AuthorizeAsync(user, SupervisorPolicy.Name)).Succeeded,
            Admin: user.IsInRole(Roles.Admin),
            Corrections: InAnyRole(user, Privacy.CorrectionRequests.Roles));
    }

    /// <summary>May the officer sign now (by a role or as Plh.)? The signing queue's empty-page text.</summary>
    public async Task<bool> SignsAsync(Actor actor, CancellationToken ct = default) =>
        Signs(catalog.Displayable, actor, await OfficeNowAsync(actor, ct));

    // A page's [Authorize(Roles = "a,b")]: any of them.
    private static bool InAnyRole(ClaimsPrincipal user, string roles) =>
        roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(user.IsInRole);

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
