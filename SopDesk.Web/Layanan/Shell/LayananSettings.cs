namespace SopDesk.Web.Layanan.Shell;

/// <summary>
/// The public side's settings, section "Layanan": what the footer and the service pages tell the public (office hours,
/// the operator's contact) and the abuse controls' limits (minimum fill time of a form, form posts per minute and address).
/// </summary>
public sealed record LayananSettings
{
    public string OfficeHours { get; init; } = "Senin–Kamis 08.00–16.00, Jumat 08.00–16.30 WIB";
    public string OperatorName { get; init; } = "Operator Layanan Online";
    public string OperatorPhone { get; init; } = "";
    public string OperatorEmail { get; init; } = "";
    /// <summary>A form sent back sooner than this after it was shown was filled by a machine (0 turns the check off).</summary>
    public int MinFillSeconds { get; init; } = 3;
    /// <summary>Form posts allowed per client address and minute, over all public forms together.</summary>
    public int FormsPerMinute { get; init; } = 10;

    public static LayananSettings Read(IConfiguration configuration) =>
        configuration.GetSection("Layanan").Get<LayananSettings>() ?? new LayananSettings();
}
