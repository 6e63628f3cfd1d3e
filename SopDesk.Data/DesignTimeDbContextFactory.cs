using Microsoft.EntityFrameworkCore.Design;

namespace SopDesk.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without the web project.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SopDeskDbContext>
{
    public SopDeskDbContext CreateDbContext(string[] args) => new(SopDeskDatabase.Options("Data Source=design-time.db"));
}
