using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxSpeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems",
                columns: new[] { "Status", "DueAt", "ArrivedAt", "Roles", "HolderUserId", "DefinitionId", "StepId", "CaseId" },
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Open_Search",
                table: "Cases",
                columns: new[] { "Status", "Number", "Nik", "ApplicantName", "Id" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Open_Search",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems",
                columns: new[] { "Status", "DueAt", "ArrivedAt", "Roles", "HolderUserId", "DefinitionId", "StepId" },
                filter: "\"Status\" = 'Open'");
        }
    }
}
