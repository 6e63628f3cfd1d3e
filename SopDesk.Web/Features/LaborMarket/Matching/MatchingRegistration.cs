namespace SopDesk.Web.Features.LaborMarket.Matching;

/// <summary>Service registrations of job matching and the seeker profiles projection.</summary>
public static class JobMatchingRegistration
{
    public static IServiceCollection AddJobMatching(this IServiceCollection services) => services;

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapJobMatching(this IEndpointRouteBuilder app) => app;
}
