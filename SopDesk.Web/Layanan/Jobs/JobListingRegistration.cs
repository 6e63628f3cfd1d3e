using SopDesk.Web.Layanan.Jobs.Listing;

namespace SopDesk.Web.Layanan.Jobs;

/// <summary>Service registrations of the public vacancy listing and applying.</summary>
public static class JobListingRegistration
{
    public static IServiceCollection AddJobListing(this IServiceCollection services) => services.AddScoped<JobApplying>();

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapJobListing(this IEndpointRouteBuilder app) => app;
}
