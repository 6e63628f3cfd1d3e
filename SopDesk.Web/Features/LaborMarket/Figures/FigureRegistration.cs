namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>Service registrations of the job market figures.</summary>
public static class LaborMarketFiguresRegistration
{
    public static IServiceCollection AddLaborMarketFigures(this IServiceCollection services) => services;

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapLaborMarketFigures(this IEndpointRouteBuilder app) => app;
}
