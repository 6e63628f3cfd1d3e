using Microsoft.AspNetCore.Authorization;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Office;

public static class OfficeServices
{
    /// <summary>The office profile (one cached record), the set of roles, and the "Supervisor" policy that reads them.</summary>
    public static IServiceCollection AddOfficeProfile(this IServiceCollection services)
    {
        services.AddSingleton<Catalog.DefinitionsInUse>();
        services.AddSingleton<OfficeProfileService>();
        services.AddSingleton<OfficeRoles>();
        services.AddSingleton<IAuthorizationHandler, SupervisorPolicy.Handler>();
        services.AddAuthorizationBuilder().AddPolicy(SupervisorPolicy.Name, p => p.RequireAuthenticatedUser().AddRequirements(new SupervisorPolicy.Requirement()));
        return services;
    }
}
