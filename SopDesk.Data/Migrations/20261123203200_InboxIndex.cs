using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_DueAt",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_StepId_DoneAt",
                table: "WorkItems");

            migrationBuilder.AddColumn<string>(
                name: "DefinitionId",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Existing items take their case's SOP.
            migrationBuilder.Sql("UPDATE \"WorkItems\" SET \"DefinitionId\" = (SELECT \"DefinitionId\" FROM \"Cases\" WHERE \"Cases\".\"Id\" = \"WorkItems\".\"CaseId\");");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Done_Step",
                table: "WorkItems",
                columns: new[] { "DefinitionId", "StepId", "DoneAt" },
                filter: "\"Status\" = 'Done'");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems",
                columns: new[] { "Status", "DueAt", "ArrivedAt", "Roles", "HolderUserId", "DefinitionId", "StepId" },
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Done_Step",
                table: "WorkItems");

            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_Inbox",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "DefinitionId",
                table: "WorkItems");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_DueAt",
                table: "WorkItems",
                columns: new[] { "Status", "DueAt" },
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_StepId_DoneAt",
                table: "WorkItems",
                columns: new[] { "StepId", "DoneAt" });
        }
    }
}
