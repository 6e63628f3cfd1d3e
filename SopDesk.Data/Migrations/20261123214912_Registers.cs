using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class Registers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegisterCounters",
                columns: table => new
                {
                    RegisterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterCounters", x => new { x.RegisterId, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssignedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ValuesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", nullable: true),
                    Document = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    VerificationToken = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SignedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignedAs = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_CaseId",
                table: "RegisterEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RegisterId_AssignedAt",
                table: "RegisterEntries",
                columns: new[] { "RegisterId", "AssignedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RegisterId_CaseId",
                table: "RegisterEntries",
                columns: new[] { "RegisterId", "CaseId" },
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RegisterId_Number",
                table: "RegisterEntries",
                columns: new[] { "RegisterId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_RegisterId_Year_Sequence",
                table: "RegisterEntries",
                columns: new[] { "RegisterId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_VerificationToken",
                table: "RegisterEntries",
                column: "VerificationToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegisterCounters");

            migrationBuilder.DropTable(
                name: "RegisterEntries");
        }
    }
}
