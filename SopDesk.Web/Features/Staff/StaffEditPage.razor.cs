using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using SopDesk.Web.Features.Office;

namespace SopDesk.Web.Features.Staff;

/// <summary>One officer: edit name, jabatan and lanes; reset the password; deactivate or reactivate.</summary>
public sealed partial class StaffEditPage
{
    private StaffMember? _member;
    private StaffChanges _changes = new();
    private StaffOutcome? _outcome;
    private string? _message;
    private bool _messageIsError, _loaded, _busy;
    private string _newPassword = "";
    private IReadOnlyList<OfficeRole> _roles = [];

    [Parameter] public string Id { get; set; } = "";
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private StaffService Staff { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private async Task LoadAsync()
    {
        _member = await Staff.FindAsync(Id, await UserAsync());
        _roles = await Staff.RoleChoicesAsync(await UserAsync());
        _loaded = true;
        if (_member is not null) _changes = new StaffChanges { FullName = _member.FullName, Jabatan = _member.Jabatan, Lanes = [.. _member.Lanes] };
    }

    private bool Has(string field) => _outcome?.FieldErrors.ContainsKey(field) == true;

    private string? Error(string field) => _outcome?.FieldErrors.GetValueOrDefault(field);

    private Task SaveAsync() => RunAsync(user => Staff.UpdateAsync(Id, _changes, user), "Perubahan tersimpan.");

    private async Task ResetPasswordAsync()
    {
        await RunAsync(user => Staff.ResetPasswordAsync(Id, _newPassword, user), "Kata sandi direset.");
        if (_outcome?.Ok == true) _newPassword = "";
    }

    private async Task DeactivateAsync()
    {
        var sure = await Dialogs.ShowMessageBoxAsync("Nonaktifkan staf",
            $"{_member!.FullName} tidak akan dapat masuk lagi sampai diaktifkan kembali.", yesText: "Nonaktifkan", cancelText: "Batal");
        if (sure == true) await RunAsync(user => Staff.DeactivateAsync(Id, user), "Staf dinonaktifkan.");
    }

    private Task ReactivateAsync() => RunAsync(user => Staff.ReactivateAsync(Id, user), "Staf diaktifkan kembali.");

    /// <summary>One administrator action: the service decides (and re-checks the administrator), the page reports.</summary>
    private async Task RunAsync(Func<ClaimsPrincipal, Task<StaffOutcome>> action, string done)
    {
        if (_busy) return;
        _busy = true;
        try
        {
            _outcome = await action(await UserAsync());
            (_message, _messageIsError) = _outcome.Ok ? (done, false) : (_outcome.Message, true);
            if (_outcome.Ok) await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
