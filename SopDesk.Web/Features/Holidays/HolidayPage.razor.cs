using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Holidays;

/// <summary>The holiday list of one year (in the URL: ?tahun=2027): add, change, delete, import a CSV file.</summary>
public sealed partial class HolidayPage
{
    private const long MaxFileBytes = 1_000_000;

    private int _year;
    private IReadOnlyList<Holiday>? _holidays;
    private HolidayInput? _form;
    private DateOnly? _editing;
    private HolidayOutcome? _outcome;
    private string? _message;
    private bool _busy;
    private MudFileUpload<IBrowserFile>? _upload;

    [SupplyParameterFromQuery(Name = "tahun")] public int? Year { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private HolidayService Holidays { get; set; } = default!;
    [Inject] private OfficeTime Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _year = Year is { } year && Holiday.IsYearInRange(year) ? year : Time.Now.Year;
        await LoadAsync();
    }

    /// <summary>Last year to three years ahead, and the year shown (any other year through the URL).</summary>
    private IEnumerable<int> YearChoices => Enumerable.Range(Time.Now.Year - 1, 4).Append(_year).Distinct().Order();

    private DateTime? FormDate
    {
        get => _form?.Date?.ToDateTime(TimeOnly.MinValue);
        set => _form!.Date = value is { } date ? DateOnly.FromDateTime(date) : null;
    }

    private async Task<ClaimsPrincipal> UserAsync() => (await AuthenticationState).User;

    private async Task LoadAsync() => _holidays = await Holidays.ListAsync(_year, await UserAsync());

    private void YearChanged(int year) => Navigation.NavigateTo($"/admin/hari-libur?tahun={year}");

    private bool Has(string field) => _outcome?.FieldErrors.ContainsKey(field) == true;

    private string? Error(string field) => _outcome?.FieldErrors.GetValueOrDefault(field);

    private static Color KindColor(HolidayKind kind) => kind switch
    {
        HolidayKind.LiburNasional => Color.Error,
        HolidayKind.CutiBersama => Color.Warning,
        _ => Color.Info,
    };

    private void StartAdd() => OpenForm(null, new HolidayInput());

    private void StartEdit(Holiday holiday) => OpenForm(holiday.Date, new HolidayInput { Date = holiday.Date, Kind = holiday.Kind, Name = holiday.Name });

    private void OpenForm(DateOnly? editing, HolidayInput input) => (_editing, _form, _outcome, _message) = (editing, input, null, null);

    private void CloseForm() => (_editing, _form) = (null, null);

    private async Task SaveAsync()
    {
        var (editing, form) = (_editing, _form!);
        await RunAsync(user => editing is { } date ? Holidays.UpdateAsync(date, form, user) : Holidays.AddAsync(form, user));
        if (_outcome?.Ok == true) CloseForm();
    }

    private async Task RemoveAsync(Holiday holiday)
    {
        var sure = await Dialogs.ShowMessageBoxAsync("Hapus hari libur",
            $"{HolidayTexts.Describe(holiday)} dihapus dari daftar; jatuh tempo langkah terbuka dihitung ulang.", yesText: "Hapus", cancelText: "Batal");
        if (sure == true) await RunAsync(user => Holidays.RemoveAsync(holiday.Date, user));
    }

    private async Task ImportAsync(IBrowserFile? file)
    {
        if (file is null) return;
        if (file.Size > MaxFileBytes)
            (_outcome, _message) = (null, $"{file.Name} terlalu besar (maksimal {MaxFileBytes / 1000:N0} KB).");
        else
        {
            using var reader = new StreamReader(file.OpenReadStream(MaxFileBytes));
            var text = await reader.ReadToEndAsync();
            await RunAsync(user => Holidays.ImportAsync(text, file.Name, user));
        }
        if (_upload is not null) await _upload.ClearAsync(); // the same file may be picked again after a fix
    }

    /// <summary>One administrator action: the service decides (and re-checks the administrator), the page reports and reloads.</summary>
    private async Task RunAsync(Func<ClaimsPrincipal, Task<HolidayOutcome>> action)
    {
        if (_busy) return;
        _busy = true;
        try
        {
            _outcome = await action(await UserAsync());
            _message = _outcome.Message;
            if (_outcome.Ok) await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
