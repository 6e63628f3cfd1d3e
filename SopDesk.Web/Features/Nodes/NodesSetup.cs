using Microsoft.AspNetCore.DataProtection;
using SopDesk.Data;
using SopDesk.Web.Features.Sla;

namespace SopDesk.Web.Features.Nodes;

/// <summary>What lets several nodes serve one office (decisions 045, 046).</summary>
public static class NodesSetup
{
    /// <summary>The name every node protects cookies and antiforgery tokens under: the same on all, so each reads the others'.</summary>
    public const string ApplicationName = "SopDesk";

    public static IServiceCollection AddSopDeskNodes(this IServiceCollection services, IConfiguration configuration)
    {
        var node = NodeSettings.Read(configuration);
        services.AddSingleton(node);
        // One code path on both providers: the keys live in the database, so a second node (or a restarted one) reads
        // the cookies the first one wrote; on SQLite this also keeps sign-ins across a move to another machine.
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<SopDeskDbContext>();
        if (!node.Shared) return services; // one process: live updates and the SLA watcher stay in it
        services.AddSingleton<PostgresCaseBackplane>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresCaseBackplane>());
        services.AddSingleton<SlaLeader>();
        return services;
    }
}
