namespace SopDesk.Data.Migrations;

/// <summary>
/// Round3Engine's SQL (decision 038): the journal and the rollup rebuilt with a plain rowid key instead of AUTOINCREMENT,
/// and back. Written by hand because SQLite can only change that by copying the table, and EF's own copy would run after
/// the migration's other SQL, leaving the journal without its append-only triggers (a dropped table takes its triggers
/// with it). Column order, indexes and triggers are those of the earlier migrations; ids are copied unchanged.
/// </summary>
internal static class Round3EngineSql
{
    public static string Journal(bool autoincrement) => $"""
        CREATE TABLE "Journal_new" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_Journal" PRIMARY KEY{(autoincrement ? " AUTOINCREMENT" : "")},
            "At" INTEGER NOT NULL,
            "CaseId" TEXT NULL,
            "ActorUserId" TEXT NOT NULL,
            "ActorName" TEXT NOT NULL,
            "ActingAs" TEXT NOT NULL,
            "Action" TEXT NOT NULL,
            "StepId" TEXT NULL,
            "OutcomeId" TEXT NULL,
            "Detail" TEXT NOT NULL,
            "IpAddress" TEXT NULL
        );
        INSERT INTO "Journal_new" ("Id", "At", "CaseId", "ActorUserId", "ActorName", "ActingAs", "Action", "StepId", "OutcomeId", "Detail", "IpAddress")
        SELECT "Id", "At", "CaseId", "ActorUserId", "ActorName", "ActingAs", "Action", "StepId", "OutcomeId", "Detail", "IpAddress" FROM "Journal" ORDER BY "Id";
        DROP TABLE "Journal";
        ALTER TABLE "Journal_new" RENAME TO "Journal";
        CREATE INDEX "IX_Journal_At" ON "Journal" ("At");
        CREATE INDEX "IX_Journal_CaseId_Id" ON "Journal" ("CaseId", "Id");
        CREATE TRIGGER Journal_NoUpdate BEFORE UPDATE ON Journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER Journal_NoDelete BEFORE DELETE ON Journal BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """;

    public static string StepTimeRollups(bool autoincrement) => $"""
        CREATE TABLE "StepTimeRollups_new" (
            "Id" INTEGER NOT NULL CONSTRAINT "PK_StepTimeRollups" PRIMARY KEY{(autoincrement ? " AUTOINCREMENT" : "")},
            "DefinitionId" TEXT NOT NULL,
            "StepId" TEXT NOT NULL,
            "LaneId" TEXT NOT NULL,
            "ActorKey" TEXT NOT NULL,
            "Period" TEXT NOT NULL,
            "PeriodStart" TEXT NOT NULL,
            "Count" INTEGER NOT NULL,
            "WithDueTime" INTEGER NOT NULL,
            "WithinTarget" INTEGER NOT NULL,
            "Histogram" BLOB NOT NULL
        );
        INSERT INTO "StepTimeRollups_new" SELECT "Id", "DefinitionId", "StepId", "LaneId", "ActorKey", "Period", "PeriodStart", "Count", "WithDueTime",
            "WithinTarget", "Histogram" FROM "StepTimeRollups" ORDER BY "Id";
        DROP TABLE "StepTimeRollups";
        ALTER TABLE "StepTimeRollups_new" RENAME TO "StepTimeRollups";
        CREATE UNIQUE INDEX "IX_StepTimeRollups_DefinitionId_ActorKey_Period_PeriodStart_StepId_LaneId"
            ON "StepTimeRollups" ("DefinitionId", "ActorKey", "Period", "PeriodStart", "StepId", "LaneId");
        """;
}
