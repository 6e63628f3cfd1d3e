using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.LaborMarket.Matching;

/// <summary>Service registrations of job matching and the seeker profiles projection.</summary>
public static class JobMatchingRegistration
{
    public static IServiceCollection AddJobMatching(this IServiceCollection services)
    {
        services.AddSingleton<ICaseProjection, SeekerProfileProjection>();
        services.AddSingleton(provider => ProjectionWatcherSettings.Read(provider.GetRequiredService<IConfiguration>()));
        services.AddHostedService<ProjectionWatcher>();
        services.AddScoped<CandidateList>();
        services.AddScoped<SopDesk.Web.Layanan.Jobs.Matching.SeekerMatches>();
        return services;
    }

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapJobMatching(this IEndpointRouteBuilder app) => app;
}
