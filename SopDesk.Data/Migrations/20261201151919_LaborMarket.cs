using System;
using System.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopDesk.Data.Migrations
{
    /// <inheritdoc />
    public partial class LaborMarket : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JobSeekerProfiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ak1Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    Major = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WishedPositions = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WishedLocation = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ExperienceYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobSeekerProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobSeekerProfiles_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectionWatermarks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JournalId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectionWatermarks", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Openings = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EducationMin = table.Column<int>(type: "INTEGER", nullable: false),
                    Majors = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ExperienceYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    GenderReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SalaryMin = table.Column<long>(type: "INTEGER", nullable: true),
                    SalaryMax = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisterNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Vacancies_PublicAccounts_EmployerAccountId",
                        column: x => x.EmployerAccountId,
                        principalTable: "PublicAccounts",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "JobApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobApplications_JobSeekerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "JobSeekerProfiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobApplications_PublicAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "PublicAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobApplications_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VacancyId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProfileId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerAccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_JobApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplications",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Placements_JobSeekerProfiles_ProfileId",
                        column: x => x.ProfileId,
                        principalTable: "JobSeekerProfiles",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Placements_PublicAccounts_EmployerAccountId",
                        column: x => x.EmployerAccountId,
                        principalTable: "PublicAccounts",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Placements_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobApplications_AccountId_AppliedAt",
                table: "JobApplications",
                columns: new[] { "AccountId", "AppliedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobApplications_ProfileId",
                table: "JobApplications",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_JobApplications_VacancyId_ProfileId",
                table: "JobApplications",
                columns: new[] { "VacancyId", "ProfileId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerProfiles_AccountId",
                table: "JobSeekerProfiles",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerProfiles_CaseId",
                table: "JobSeekerProfiles",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerProfiles_Nik",
                table: "JobSeekerProfiles",
                column: "Nik");

            migrationBuilder.CreateIndex(
                name: "IX_JobSeekerProfiles_Status_Education",
                table: "JobSeekerProfiles",
                columns: new[] { "Status", "Education" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ApplicationId",
                table: "Placements",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerAccountId",
                table: "Placements",
                column: "EmployerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProfileId_VacancyId",
                table: "Placements",
                columns: new[] { "ProfileId", "VacancyId" },
                unique: true,
                filter: "\"ProfileId\" IS NOT NULL AND \"VacancyId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_StartedOn",
                table: "Placements",
                column: "StartedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId",
                table: "Placements",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_CaseId",
                table: "Vacancies",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerAccountId_CreatedAt",
                table: "Vacancies",
                columns: new[] { "EmployerAccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_PublishedAt",
                table: "Vacancies",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_ClosesOn",
                table: "Vacancies",
                columns: new[] { "Status", "ClosesOn" });

            // Full-text indexes (SQLite FTS5, external content: the text lives once, in the table; triggers keep the index).
            // unicode61 folds case and diacritics; Indonesian has no stemmer here, so prefix queries ("operat*") carry variants.
            // See docs/decisions/023-job-matching.md.
            migrationBuilder.Sql(FullText("VacancySearch", "Vacancies", "Position", "Skills", "Majors", "Description", "CompanyName"));
            migrationBuilder.Sql(FullText("SeekerSearch", "JobSeekerProfiles", "WishedPositions", "Skills", "Major"));
        }

        /// <summary>An FTS5 table over some columns of a table with an integer key, and the three triggers that keep it.</summary>
        internal static string FullText(string index, string table, params string[] columns)
        {
            var list = string.Join(", ", columns);
            var newValues = string.Join(", ", columns.Select(c => "new." + c));
            var oldValues = string.Join(", ", columns.Select(c => "old." + c));
            return $"""
                CREATE VIRTUAL TABLE "{index}" USING fts5({list}, content='{table}', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER "{index}_ai" AFTER INSERT ON "{table}" BEGIN
                  INSERT INTO "{index}"(rowid, {list}) VALUES (new.Id, {newValues});
                END;
                CREATE TRIGGER "{index}_ad" AFTER DELETE ON "{table}" BEGIN
                  INSERT INTO "{index}"("{index}", rowid, {list}) VALUES ('delete', old.Id, {oldValues});
                END;
                CREATE TRIGGER "{index}_au" AFTER UPDATE OF {list} ON "{table}" BEGIN
                  INSERT INTO "{index}"("{index}", rowid, {list}) VALUES ('delete', old.Id, {oldValues});
                  INSERT INTO "{index}"(rowid, {list}) VALUES (new.Id, {newValues});
                END;
                """;
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"VacancySearch\"; DROP TABLE IF EXISTS \"SeekerSearch\";");

            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropTable(
                name: "ProjectionWatermarks");

            migrationBuilder.DropTable(
                name: "JobApplications");

            migrationBuilder.DropTable(
                name: "JobSeekerProfiles");

            migrationBuilder.DropTable(
                name: "Vacancies");
        }
    }
}
