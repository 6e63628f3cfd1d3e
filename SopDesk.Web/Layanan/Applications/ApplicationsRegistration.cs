namespace SopDesk.Web.Layanan.Applications;

public static class ApplicationsRegistration
{
    /// <summary>The online application's services: reading and keeping a posted form, the two writes, the status reader.</summary>
    public static IServiceCollection AddOnlineApplications(this IServiceCollection services) => services
        .AddSingleton<FormTokens>()
        .AddScoped<ApplicationIntake>()
        .AddScoped<OnlineApplications>()
        .AddScoped<OnlineCaseReader>();
}
