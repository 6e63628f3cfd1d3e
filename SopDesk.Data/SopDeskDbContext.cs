using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data;

/// <summary>The one database: staff (Identity), definition versions, cases, work items, journal.</summary>
public sealed class SopDeskDbContext(DbContextOptions<SopDeskDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SopDeskDbContext).Assembly);
    }
}
