using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Privacy;

/// <summary>Retention (the daily erasure of closed berkas' personal data) and a person's right of access.</summary>
public static class PrivacyServices
{
    public static IServiceCollection AddSopDeskPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        var retention = RetentionSettings.Read(configuration);
        services.AddSingleton(retention);
        services.AddSingleton<RetentionSweep>();
        if (retention.Watch) services.AddHostedService<RetentionWatcher>();
        services.AddSingleton<SubjectAccess>();
        return services;
    }

    public static WebApplication MapSopDeskPrivacy(this WebApplication app)
    {
        app.MapGet(SubjectAccess.DownloadPattern, DownloadAsync).RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = Roles.Admin });
        return app;
    }

    /// <summary>GET /admin/data-pribadi/unduh/{id}: the file, once, to the administrator who produced it.</summary>
    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, SubjectAccess access) =>
        await access.TakeAsync(id, http.User, http.RequestAborted) is { } file
            ? Results.File(file.Content, "application/json; charset=utf-8", file.FileName)
            : Results.NotFound();
}
