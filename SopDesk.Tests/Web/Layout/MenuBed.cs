using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Tests.Data;
using SopDesk.Web.Components.Layout;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web.Layout;

/// <summary>
/// The staff menu rendered with bUnit for one signed-in role: a temp database with the SOPs and office loaded, MudBlazor's
/// services, and bUnit's authorization granting the role and the named policies. One per test class (xunit's lifetime).
/// </summary>
public sealed class MenuBed : IAsyncLifetime
{
    private Bunit.TestDoubles.BunitAuthorizationContext _auth = default!;

    public BunitContext Context { get; } = new();
    public TempDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Database = await TempDatabase.CreateAsync();
        _auth = Context.AddAuthorization();
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddOfficeCore(Database, TimeProvider.System);
        Context.Services.AddScoped<InboxQuery>().AddScoped<DeskMenu>();
        await Context.Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>The menu of a demo officer holding <paramref name="role"/>, once its counts have loaded.</summary>
    public IRenderedComponent<NavMenu> RenderAs(string role, params string[] policies)
    {
        var principal = TestPrincipals.SignedInAsync(Context.Services, $"user-{role}", $"demo-{role}", role).GetAwaiter().GetResult();
        _auth.SetAuthorized($"demo-{role}");
        _auth.SetRoles(role);
        _auth.SetPolicies(policies);
        _auth.SetClaims([.. principal.Claims.Where(c => c.Type is ClaimTypes.NameIdentifier or CurrentStaff.SessionIdClaim)]);
        var menu = Context.Render<NavMenu>();
        menu.WaitForAssertion(() => menu.Find("[data-testid=inbox-counts]"));
        return menu;
    }
}
