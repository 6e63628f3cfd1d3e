using Microsoft.AspNetCore.Components;
using SopDesk.Data.Entities;
using SopDesk.Web.Layanan.Abuse;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>The two registration pages' form handling: FormGuard first, then the registration; on an error every typed value stays but the passwords.</summary>
public abstract class RegistrationPageBase : ComponentBase
{
    public const string FormName = "daftar";

    [Inject] private PublicRegistration Registration { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = FormName)] protected RegistrationInput? Input { get; set; }

    protected IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    protected string? Message { get; private set; }

    protected abstract PublicAccountKind Kind { get; }

    protected override void OnInitialized() => Input ??= new RegistrationInput();

    protected string? Invalid(string field) => Errors.ContainsKey(field) ? "true" : null;

    protected async Task SubmitAsync()
    {
        if (FormGuard.Refusal(HttpContext) is { } refusal)
        {
            Message = refusal;
            Input!.ForgetPasswords();
            return;
        }
        var result = await Registration.RegisterAsync(Kind, Input!, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.Ok)
        {
            Navigation.NavigateTo($"{LayananAuth.SignInPath}?terdaftar=1");
            return;
        }
        Errors = result.Errors;
        Message = result.Message ?? $"Periksa {result.Errors.Count} isian yang ditandai merah di bawah.";
        Input!.ForgetPasswords();
    }
}
