namespace SopDesk.Web.Features.Mail;

public static class MailRegistration
{
    /// <summary>
    /// The mail feature: settings, the transport the settings and the environment choose (SMTP, the pickup folder in Development,
    /// none in Production without SMTP), the status mailer, the dispatcher (hosted unless Mail:Dispatch is false), the signal and
    /// the administrators' queue view.
    /// </summary>
    public static IServiceCollection AddSopDeskMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = MailSettings.Read(configuration, environment);
        services.AddSingleton(settings);
        services.AddSingleton<MailSignal>();
        services.AddSingleton<CaseStatusMailer>();
        services.AddSingleton(sp => new MailDispatcher(
            sp.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<SopDesk.Data.SopDeskDbContext>>(), settings, Transport(settings),
            sp.GetRequiredService<CaseStatusMailer>(), sp.GetRequiredService<MailSignal>(), sp.GetRequiredService<Shared.OfficeTime>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MailDispatcher>>()));
        if (settings.Dispatch) services.AddHostedService(sp => sp.GetRequiredService<MailDispatcher>());
        services.AddScoped<MailQueue>();
        return services;
    }

    /// <summary>What carries mail with these settings; null keeps it queued.</summary>
    public static IMailTransport? Transport(MailSettings settings) => settings.Route switch
    {
        MailRoute.Smtp => new SmtpMailTransport(settings),
        MailRoute.PickupFolder => new PickupFolderTransport(settings),
        _ => null,
    };
}
