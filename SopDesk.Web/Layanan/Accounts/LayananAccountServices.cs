using SopDesk.Web.Layanan.Privacy;
using SopDesk.Web.Security;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>Registers the public accounts' services and maps their endpoints (one line each in Program.cs).</summary>
public static class LayananAccountServices
{
    public static IServiceCollection AddLayananAccounts(this IServiceCollection services)
    {
        services.AddKeyedSingleton<SignInThrottle>(PublicSignIn.ThrottleKey); // own key space: public names never slow staff names
        services.AddScoped<PublicSignIn>();
        services.AddScoped<PublicRegistration>();
        services.AddScoped<EmailConfirmation>();
        services.AddScoped<MyData>();
        return services;
    }

    public static WebApplication MapLayananAccounts(this WebApplication app)
    {
        app.MapPost("/layanan/keluar", PublicSignIn.SignOutAsync).AllowAnonymous();
        app.MapGet(MyData.DownloadPath, MyData.DownloadAsync).RequireAuthorization(LayananAuth.Policy);
        return app;
    }
}
