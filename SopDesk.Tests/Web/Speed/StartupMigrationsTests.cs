using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Web;

namespace SopDesk.Tests.Web.Speed;

/// <summary>The start applies migrations only when the database lacks one (decision 033).</summary>
public sealed class StartupMigrationsTests
{
    [Fact]
    public async Task A_database_with_every_migration_has_none_pending()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.NewContext();

        (await StartupMigrations.HasPendingAsync(db)).ShouldBeFalse();
        (await StartupMigrations.ApplyPendingAsync(db)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_builds_migration_list_is_the_one_EF_applies()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using var db = database.NewContext();

        // The start reads the ids from the migrations' attributes (decision 037); EF must list exactly those, in order.
        StartupMigrations.BuiltMigrations.ShouldBe(db.Database.GetMigrations().ToList());
        StartupMigrations.BuiltMigrations.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_new_database_gets_every_migration_once()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sopdesk-speed-migr-{Guid.NewGuid():N}.db");
        try
        {
            await using (var db = new SopDeskDbContext(SopDeskDatabase.Options($"Data Source={path}")))
            {
                (await StartupMigrations.HasPendingAsync(db)).ShouldBeTrue();
                (await StartupMigrations.ApplyPendingAsync(db)).ShouldBeTrue();
            }
            await using (var again = new SopDeskDbContext(SopDeskDatabase.Options($"Data Source={path}")))
                (await StartupMigrations.HasPendingAsync(again)).ShouldBeFalse();
        }
        finally
        {
            SopDeskAppFactory.DeleteDatabase(path);
        }
    }
}
