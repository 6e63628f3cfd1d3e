using Microsoft.AspNetCore.Authorization;

namespace SopDesk.Web.Features.LaborMarket.Figures;

/// <summary>Service registrations of the job market figures.</summary>
public static class LaborMarketFiguresRegistration
{
    public static IServiceCollection AddLaborMarketFigures(this IServiceCollection services)
    {
        services.AddScoped<LaborMarketFigures>();
        services.AddSingleton<IAuthorizationHandler, FiguresPolicy.Handler>();
        services.AddAuthorizationBuilder().AddPolicy(FiguresPolicy.Name, p => p.RequireAuthenticatedUser().AddRequirements(new FiguresPolicy.Requirement()));
        return services;
    }

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapLaborMarketFigures(this IEndpointRouteBuilder app) => app;
}
