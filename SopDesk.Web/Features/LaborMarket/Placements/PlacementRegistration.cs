namespace SopDesk.Web.Features.LaborMarket.Placements;

/// <summary>Service registrations of applicants and placements.</summary>
public static class PlacementsRegistration
{
    public static IServiceCollection AddPlacements(this IServiceCollection services) => services
        .AddScoped<VacancyApplicants>()
        .AddScoped<PlacementRecorder>()
        .AddScoped<PlacementUndo>()
        .AddScoped<FilledVacancyClosing>()
        .AddScoped<PlacementLists>()
        .AddScoped<OfficePlacements>();

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapPlacements(this IEndpointRouteBuilder app) => app;
}
