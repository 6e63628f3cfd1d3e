using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>Service registrations of vacancies (reporting, canvassing, the lowongan berkas).</summary>
public static class VacanciesRegistration
{
    public static IServiceCollection AddVacancies(this IServiceCollection services)
    {
        services.AddSingleton<ICaseProjection, VacancyProjection>();
        services.AddScoped<VacancyDesk>();
        services.AddScoped<SopDesk.Web.Layanan.Jobs.Posting.EmployerVacancies>();
        return services;
    }

    /// <summary>Endpoints (downloads, form posts outside pages), if any.</summary>
    public static IEndpointRouteBuilder MapVacancies(this IEndpointRouteBuilder app) => app;
}
