using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApplicantLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ApplicantDueAt",
                table: "WorkItems",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApplicantDueAt",
                table: "WorkItems");
        }
    }
}
