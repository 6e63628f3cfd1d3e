namespace SopDesk.Web.Features.Nodes;

/// <summary>
/// Whether this app shares its database with other nodes, and who this node is. Several nodes need the server database:
/// on PostgreSQL ("Database:Provider" = Postgres) the live updates cross nodes and the SLA watcher elects one leader
/// (decisions 045, 046); on SQLite the app is one process and both stay in it.
/// </summary>
public sealed record NodeSettings(bool Shared, string ConnectionString, string NodeId)
{
    public static NodeSettings Read(IConfiguration configuration)
    {
        var database = SopDesk.Data.DatabaseSettings.Read(configuration); // the one reading of Database:Provider
        return new(database.Provider == SopDesk.Data.DatabaseProvider.Postgres, database.ConnectionString,
            // Unique per process: a node restarted under the same name must not take the old one's messages for its own.
            $"{(configuration["Nodes:Name"] is { Length: > 0 } name ? name : Environment.MachineName)}-{Environment.ProcessId}-{Guid.NewGuid():N}"[..^24]);
    }
}
