using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SopDesk.Data;

#nullable disable

namespace SopDesk.Data.Postgres.Migrations
{
    /// <summary>
    /// Hand-written (decision 044): PostgreSQL's full-text search for the job board and matching — the counterpart of the
    /// SQLite FTS5 tables the LaborMarket migration makes. A generated tsvector column per table with a GIN index; the model
    /// does not know the columns (only raw SQL reads them), so this migration changes no snapshot and survives the
    /// regeneration of the generated migrations.
    /// </summary>
    [DbContext(typeof(SopDeskDbContext))]
    [Migration("20261203000100_PostgresTextSearch")]
    public partial class PostgresTextSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SopDesk.Data.LaborMarket.PostgresTextSearch.Up);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(SopDesk.Data.LaborMarket.PostgresTextSearch.Down);
    }
}
