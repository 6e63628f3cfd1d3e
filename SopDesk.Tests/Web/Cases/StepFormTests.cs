using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Cases;

/// <summary>The step form shows each field's error under that field: typed values and the server's refusal alike.</summary>
public sealed class StepFormTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();

    private static readonly FormField Nik = new() { Id = "nik", Label = "NIK", Type = FieldType.Nik, Required = true };
    private static readonly FormField Name = new() { Id = "nama", Label = "Nama lengkap", Type = FieldType.Text, Required = true, MaxLength = 100 };

    public StepFormTests()
    {
        _context.Services.AddMudServices();
        _context.Services.AddSingleton(new OfficeTime(TimeProvider.System, CalendarSettings.Default));
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private IRenderedComponent<StepForm> Render(IReadOnlyDictionary<string, string>? serverErrors = null) =>
        _context.Render<StepForm>(p => p
            .Add(f => f.Fields, [Nik, Name])
            .Add(f => f.Values, new Dictionary<string, string>())
            .Add(f => f.ServerErrors, serverErrors ?? new Dictionary<string, string>()));

    private static string ErrorUnder(IRenderedComponent<StepForm> form, string fieldId) =>
        form.Find($"[data-field={fieldId}]").QuerySelector(".mud-input-error")?.TextContent.Trim() ?? "";

    [Theory]
    [InlineData("167201450590000", "16 digit")]   // 15 digits
    [InlineData("1672019905900003", "tanggal lahir")] // day 99
    public void A_typed_invalid_NIK_shows_its_error_under_the_field(string typed, string expected)
    {
        var form = Render();
        form.Find("[data-field=nik] input").Input(typed);
        form.WaitForAssertion(() => ErrorUnder(form, "nik").ShouldContain(expected));
        ErrorUnder(form, "nama").ShouldBeEmpty();
    }

    [Fact]
    public void The_servers_field_errors_appear_under_their_fields_even_after_typing()
    {
        var form = Render();
        form.Find("[data-field=nik] input").Input("1672014505900003");
        form.Find("[data-field=nama] input").Input("Siti");
        form.Render(p => p.Add(f => f.ServerErrors, new Dictionary<string, string>
        {
            ["nik"] = "NIK: tanggal lahir (digit 7–12) tidak sama dengan Tanggal lahir.",
            ["nama"] = "Nama lengkap sudah terdaftar.",
        }));
        form.WaitForAssertion(() => ErrorUnder(form, "nik").ShouldContain("tidak sama"));
        ErrorUnder(form, "nama").ShouldContain("sudah terdaftar");
    }
}
