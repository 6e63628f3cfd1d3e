using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data;

/// <summary>The one database: staff (Identity), definition versions, cases, work items, journal, calendar.</summary>
public sealed class SopDeskDbContext(DbContextOptions<SopDeskDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<WorkItemRecord> WorkItems => Set<WorkItemRecord>();
    public DbSet<SlaBreachRecord> SlaBreaches => Set<SlaBreachRecord>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<DefinitionVersionRecord> DefinitionVersions => Set<DefinitionVersionRecord>();
    public DbSet<HolidayRecord> Holidays => Set<HolidayRecord>();
    public DbSet<AbsenceRecord> Absences => Set<AbsenceRecord>();
    public DbSet<CaseCounterRecord> CaseCounters => Set<CaseCounterRecord>();
    public DbSet<StepTimeRollupRecord> StepTimeRollups => Set<StepTimeRollupRecord>();
    public DbSet<RegisterEntryRecord> RegisterEntries => Set<RegisterEntryRecord>();
    public DbSet<RegisterCounterRecord> RegisterCounters => Set<RegisterCounterRecord>();
    public DbSet<StaffSessionRecord> StaffSessions => Set<StaffSessionRecord>();
    public DbSet<OfficeProfileRecord> OfficeProfile => Set<OfficeProfileRecord>();
    public DbSet<PublicAccountRecord> PublicAccounts => Set<PublicAccountRecord>();
    public DbSet<OnlineCaseRecord> OnlineCases => Set<OnlineCaseRecord>();
    public DbSet<UploadRecord> Uploads => Set<UploadRecord>();
    public DbSet<OutgoingMailRecord> OutgoingMails => Set<OutgoingMailRecord>();
    public DbSet<CorrectionRequestRecord> CorrectionRequests => Set<CorrectionRequestRecord>();
    public DbSet<VacancyRecord> Vacancies => Set<VacancyRecord>();
    public DbSet<JobSeekerProfileRecord> JobSeekerProfiles => Set<JobSeekerProfileRecord>();
    public DbSet<JobApplicationRecord> JobApplications => Set<JobApplicationRecord>();
    public DbSet<PlacementRecord> Placements => Set<PlacementRecord>();
    public DbSet<ProjectionWatermarkRecord> ProjectionWatermarks => Set<ProjectionWatermarkRecord>();
    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();
    public DbSet<RegisterExportRecord> RegisterExports => Set<RegisterExportRecord>();
    /// <summary>ASP.NET Core's data-protection keys, shared by every node so any node reads any node's cookies (decision 046).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SopDeskDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant in UTC (decision 042). SQLite has no date-time type and EF cannot compare or order DateTimeOffset
        // stored as text: UTC ticks as INTEGER, so ordering and range filters (due before now) run in SQL and use indexes.
        // PostgreSQL stores timestamptz, which Npgsql writes only at offset 0.
        if (Database.IsNpgsql()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        else configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
