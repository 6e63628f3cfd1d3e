using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SopDesk.Tests.Data;
using SopDesk.Web.Security;

namespace SopDesk.Tests.Web;

/// <summary>
/// An open tab (a circuit's authentication state) is signed out the moment the officer's session ends — without
/// waiting for the minute's recheck — and learns why; another officer's tab is left alone.
/// </summary>
public sealed class OpenCircuitSignOutTests : IAsyncLifetime
{
    private TempDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _services = new ServiceCollection().AddOfficeCore(_database, TimeProvider.System).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private StaffRevalidatingAuthenticationStateProvider OpenTab(ClaimsPrincipal user)
    {
        var tab = new StaffRevalidatingAuthenticationStateProvider(NullLoggerFactory.Instance,
            _services.GetRequiredService<CurrentStaff>(), _services.GetRequiredService<StaffSessions>());
        tab.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return tab;
    }

    private static Task<AuthenticationState> NextStateOf(AuthenticationStateProvider tab)
    {
        var next = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        tab.AuthenticationStateChanged += async state => next.TrySetResult(await state);
        return next.Task;
    }

    [Fact]
    public async Task Signing_out_elsewhere_ends_the_open_tab_at_once_with_the_reason_and_leaves_a_colleagues_tab()
    {
        var kabid = await TestPrincipals.SignedInAsync(_services, "user-kabid", "Pegawai kabid", "kabid");
        var kasi = await TestPrincipals.SignedInAsync(_services, "user-kasi", "Pegawai kasi", "kasi");
        using var kabidTab = OpenTab(kabid);
        using var kasiTab = OpenTab(kasi);
        var kabidChanged = NextStateOf(kabidTab);
        var kasiChanged = NextStateOf(kasiTab);

        var session = Guid.Parse(kabid.FindFirstValue(CurrentStaff.SessionIdClaim)!);
        await _services.GetRequiredService<StaffSessions>().EndAsync(session, StaffSessionEnd.SignedOut);

        var state = await kabidChanged.WaitAsync(TimeSpan.FromSeconds(10));
        state.User.Identity?.IsAuthenticated.ShouldNotBe(true);
        state.User.FindFirstValue(StaffRevalidatingAuthenticationStateProvider.EndedClaim).ShouldBe(CurrentStaff.EndedSignedOut);
        kasiChanged.IsCompleted.ShouldBeFalse("another officer's tab keeps its sign-in");
        (await kasiTab.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier).ShouldBe("user-kasi");
    }
}
