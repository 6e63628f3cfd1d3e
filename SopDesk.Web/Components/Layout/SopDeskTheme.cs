using MudBlazor;

namespace SopDesk.Web.Components.Layout;

/// <summary>A calm government-office palette: deep green (Pemda) with a warm accent.</summary>
public static class SopDeskTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e20",
            Secondary = "#b8860b",
            AppbarBackground = "#1b5e20",
            Background = "#f6f7f4",
            DrawerBackground = "#ffffff",
        },
    };
}
