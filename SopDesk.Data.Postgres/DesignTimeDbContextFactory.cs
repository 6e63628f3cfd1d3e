using Microsoft.EntityFrameworkCore.Design;

namespace SopDesk.Data.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add X --project SopDesk.Data.Postgres --startup-project SopDesk.Data.Postgres` build the context for
/// PostgreSQL. The connection string is a placeholder: adding a migration never connects.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SopDeskDbContext>
{
    public SopDeskDbContext CreateDbContext(string[] args) =>
        new(SopDeskDatabase.Options(DatabaseSettings.Postgres("Host=localhost;Database=sopdesk_design;Username=postgres")));
}
