using Microsoft.EntityFrameworkCore.Design;

namespace SopDesk.Data;

/// <summary>Lets `dotnet ef migrations add` (and `dbcontext optimize`) build the context without the web project, with the
/// model built from the configurations: never from the compiled copy, which is generated from them (decision 041).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SopDeskDbContext>
{
    public SopDeskDbContext CreateDbContext(string[] args) => new(SopDeskDatabase.Options("Data Source=design-time.db", compiledModel: false));
}
