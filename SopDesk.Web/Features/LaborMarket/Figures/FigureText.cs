using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>How the figures are written in Indonesian: "1.250", "3,5", "12 hari", "–" when there is nothing to measure.</summary>
public static class FigureText
{
    public static string Count(int value) => value.ToString("N0", OfficeTime.Indonesian);

    public static string Decimal(double? value) => value is { } v ? v.ToString("#,##0.0", OfficeTime.Indonesian) : "–";

    public static string Days(double? value) => value is { } v ? $"{v.ToString("#,##0.#", OfficeTime.Indonesian)} hari" : "–";
}
