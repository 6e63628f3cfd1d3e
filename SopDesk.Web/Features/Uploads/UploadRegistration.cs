namespace SopDesk.Web.Features.Uploads;

public static class UploadRegistration
{
    /// <summary>The upload folder (created now) and the services that inspect, store, serve and review uploads.</summary>
    public static IServiceCollection AddSopDeskUploads(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(UploadSettings.Read(configuration, environment));
        services.AddScoped<UploadService>();
        services.AddScoped<UploadReviewService>();
        return services;
    }
}
