using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Postgres.Migrations;

/// <summary>
/// PostgreSQL's hand-written SQL, kept apart from the generated Initial so that one can be regenerated from the model
/// without losing this: the journal is append-only, as SQLite's triggers make it (Initial, Round3EngineSql) — an UPDATE,
/// DELETE or TRUNCATE of it fails inside the database, whoever runs it.
/// </summary>
[DbContext(typeof(SopDeskDbContext))]
[Migration("20261203000000_PostgresSql")]
public sealed class PostgresSql : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE FUNCTION "Journal_AppendOnly"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'journal is append-only';
            END
            $$;
            CREATE TRIGGER "Journal_NoUpdate" BEFORE UPDATE ON "Journal" FOR EACH ROW EXECUTE FUNCTION "Journal_AppendOnly"();
            CREATE TRIGGER "Journal_NoDelete" BEFORE DELETE ON "Journal" FOR EACH ROW EXECUTE FUNCTION "Journal_AppendOnly"();
            CREATE TRIGGER "Journal_NoTruncate" BEFORE TRUNCATE ON "Journal" FOR EACH STATEMENT EXECUTE FUNCTION "Journal_AppendOnly"();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            DROP TRIGGER IF EXISTS "Journal_NoTruncate" ON "Journal";
            DROP TRIGGER IF EXISTS "Journal_NoDelete" ON "Journal";
            DROP TRIGGER IF EXISTS "Journal_NoUpdate" ON "Journal";
            DROP FUNCTION IF EXISTS "Journal_AppendOnly"();
            """);
    }
}
