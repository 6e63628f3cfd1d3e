using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class OfficeProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OfficeProfile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Government = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dinas = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RoleNamesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SuperiorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    SupervisorRolesJson = table.Column<string>(type: "TEXT", nullable: false),
                    HeadRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegisterSignerRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportRecipientRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeProfile", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficeProfile");
        }
    }
}
