using Microsoft.Extensions.Localization;
using MudBlazor;

namespace SopDesk.Web.Features.Shared;

/// <summary>
/// MudBlazor's own messages that reach the desk, in Bahasa Indonesia. A date typed into a form is checked as it is typed
/// (StepForm: ImmediateText), so an unfinished date showed MudBlazor's English "Not a valid date time".
/// </summary>
public sealed class IndonesianMudLocalizer : MudLocalizer
{
    public override LocalizedString this[string key] => key switch
    {
        "Converter_InvalidDateTime" => new(key, "Tanggal belum lengkap atau tidak sah; tulis hh/bb/tttt, mis. 05/05/1990."),
        _ => base[key],
    };
}
