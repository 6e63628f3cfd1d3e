using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shouldly;
using SopDesk.Data;
using Xunit;

namespace SopDesk.Tests.Data;

/// <summary>The UtcTimes migration turns the values EF's old binary converter wrote (clock time + offset) into the same instants in UTC.</summary>
[Trait("Provider", "SqliteOnly")] // rewrites SQLite's old on-disk time format; PostgreSQL never had it
public sealed class UtcTimesMigrationTests
{
    private const string BeforeUtcTimes = "20261202010750_Round3Engine";

    private static readonly DateTimeOffset[] Instants =
    [
        new(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(7)),   // 02:15 UTC
        new(2026, 11, 30, 9, 45, 0, TimeSpan.FromHours(8)),   // 01:45 UTC: later clock time, earlier instant
        new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero),            // 02:00 UTC
        new(1999, 1, 1, 23, 59, 59, TimeSpan.FromHours(-5)),  // a negative offset
    ];

    [Fact]
    public async Task Old_values_with_mixed_offsets_read_back_as_the_same_instants_in_utc_order()
    {
        await using var database = await TempDatabase.CreateAsync();
        await using (var db = database.NewContext())
            await db.GetService<IMigrator>().MigrateAsync(BeforeUtcTimes);
        var old = new DateTimeOffsetToBinaryConverter();
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            for (var i = 0; i < Instants.Length; i++)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = """
                    INSERT INTO "Journal" ("At", "ActorUserId", "ActorName", "ActingAs", "Action", "Detail") VALUES ($at, 'u', 'U', '', 'Test', $detail)
                    """;
                insert.Parameters.AddWithValue("$at", old.ConvertToProviderTyped(Instants[i]));
                insert.Parameters.AddWithValue("$detail", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using (var db = database.NewContext()) await db.MigrateAsync();

        await using var check = database.NewContext();
        var rows = await check.Journal.AsNoTracking().OrderBy(j => j.At).Select(j => new { j.Detail, j.At }).ToListAsync();
        rows.Select(r => r.Detail).ShouldBe(["3", "1", "2", "0"]); // ordered by instant, not by clock time
        foreach (var row in rows)
        {
            row.At.ShouldBe(Instants[int.Parse(row.Detail, System.Globalization.CultureInfo.InvariantCulture)]); // the same instant
            row.At.Offset.ShouldBe(TimeSpan.Zero);
        }
        // The rewrite stepped around the journal's append-only trigger and put it back.
        await Should.ThrowAsync<SqliteException>(() => check.Database.ExecuteSqlRawAsync("UPDATE Journal SET Detail = 'diubah'"));
    }
}
