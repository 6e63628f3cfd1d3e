using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterEntryNumberFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_RegisterId_Number",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Number_RegisterId",
                table: "RegisterEntries",
                columns: new[] { "Number", "RegisterId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RegisterEntries_Number_RegisterId",
                table: "RegisterEntries");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RegisterId_Number",
                table: "RegisterEntries",
                columns: new[] { "RegisterId", "Number" },
                unique: true);
        }
    }
}
