using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Round3Engine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The keys every step writes, without AUTOINCREMENT: no more sqlite_sequence page per step (decision 038).
            migrationBuilder.Sql(Round3EngineSql.Journal(autoincrement: false));
            migrationBuilder.Sql(Round3EngineSql.StepTimeRollups(autoincrement: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Round3EngineSql.Journal(autoincrement: true));
            migrationBuilder.Sql(Round3EngineSql.StepTimeRollups(autoincrement: true));
        }
    }
}
