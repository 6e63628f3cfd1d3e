using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkItemHolders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ClaimedByUserId",
                table: "WorkItems",
                newName: "HolderUserId");

            migrationBuilder.RenameColumn(
                name: "ClaimedAt",
                table: "WorkItems",
                newName: "HeldSince");

            migrationBuilder.AddColumn<string>(
                name: "HeldByName",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeldByUserId",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SeenAt",
                table: "WorkItems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldKind",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HolderName",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Instruction",
                table: "WorkItems",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_Open_Holder",
                table: "WorkItems",
                column: "HolderUserId",
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkItems_Open_Holder",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "HeldByName",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "HeldByUserId",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "SeenAt",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "HoldKind",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "HolderName",
                table: "WorkItems");

            migrationBuilder.DropColumn(
                name: "Instruction",
                table: "WorkItems");

            migrationBuilder.RenameColumn(
                name: "HeldSince",
                table: "WorkItems",
                newName: "ClaimedAt");

            migrationBuilder.RenameColumn(
                name: "HolderUserId",
                table: "WorkItems",
                newName: "ClaimedByUserId");
        }
    }
}
