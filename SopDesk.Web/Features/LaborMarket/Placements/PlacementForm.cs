namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>
/// The placement form as typed (public menu and office page share it): either an application of the employer's vacancy, or
/// an AK1 number (the office may type a NIK) with the person's name; the vacancy, or for the office a company typed in.
/// </summary>
public sealed class PlacementForm
{
    public const string ApplicationField = "lamaran", VacancyField = "lowongan", Ak1Field = "ak1", NameField = "nama", StartField = "mulai",
        PositionField = "jabatan", CompanyField = "perusahaan", SectorField = "sektor", LocationField = "lokasi";

    public string? ApplicationId { get; set; }
    public string? VacancyId { get; set; }
    public string? Ak1Number { get; set; }
    public string? Name { get; set; }
    /// <summary>yyyy-MM-dd (input type=date).</summary>
    public string? StartedOn { get; set; }
    public string? Position { get; set; }
    /// <summary>Office only, a placement outside a posted vacancy.</summary>
    public string? CompanyName { get; set; }
    public string? Sector { get; set; }
    public string? Location { get; set; }

    public static PlacementForm From(Microsoft.AspNetCore.Http.IFormCollection form) => new()
    {
        ApplicationId = form[ApplicationField], VacancyId = form[VacancyField], Ak1Number = form[Ak1Field], Name = form[NameField],
        StartedOn = form[StartField], Position = form[PositionField], CompanyName = form[CompanyField], Sector = form[SectorField],
        Location = form[LocationField],
    };
}

/// <summary>
/// What a placement attempt gave: the new placement, or messages per field (keys of <see cref="PlacementForm"/>) and for the
/// form's top. <see cref="NotFound"/>: an id of something not the reporter's (the page answers 404).
/// <see cref="OfferClose"/>: the vacancy's openings are now all filled and it is still published.
/// </summary>
public sealed record PlacementOutcome
{
    public Guid? PlacementId { get; init; }
    public long? VacancyId { get; init; }
    public bool OfferClose { get; init; }
    public bool NotFound { get; init; }
    public string? Message { get; init; }
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
    public bool Ok => PlacementId is not null;

    public static PlacementOutcome Refused(string message) => new() { Message = message };
    public static PlacementOutcome Invalid(Dictionary<string, string> errors) =>
        new() { Errors = errors, Message = $"Periksa {errors.Count} isian yang ditandai." };
}
