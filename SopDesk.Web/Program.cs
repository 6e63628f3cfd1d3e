using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Web;
using SopDesk.Web.Api;
using SopDesk.Web.Operations;
using SopDesk.Web.Components;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Documents;
using SopDesk.Web.Features.Holidays;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Journal;
using SopDesk.Web.Features.Mail;
using SopDesk.Web.Features.Nodes;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Privacy;
using SopDesk.Web.Features.Reports;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Features.Sla;
using SopDesk.Web.Features.Uploads;
using SopDesk.Web.Features.Staff;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using SopDesk.Web.Features.LaborMarket.Matching;
using SopDesk.Web.Features.LaborMarket.Placements;
using SopDesk.Web.Features.LaborMarket.Figures;
using SopDesk.Web.Layanan.Jobs;
using SopDesk.Web.Layanan.Abuse;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Web.Layanan.Shell;
using SopDesk.Web.Layanan.Applications;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

// The folder check for editors and CI runs before any host exists: no database, no port, no config.
if (ValidateCommand.IsInvoked(args))
{
    Environment.ExitCode = ValidateCommand.Run(args, Console.Out);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.UseSopDeskLogFormat(); // Logs:Format=json; the readable console otherwise
// Database:Provider (Sqlite, the default, or Postgres) and ConnectionStrings:SopDesk.
var database = DatabaseSettings.Read(builder.Configuration);

// Every input carries its field's maxlength; the longest value any field may take must still fit in one
// message (a bigger one would drop the officer's connection instead of getting the field's own message).
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(hub => hub.MaximumReceiveMessageSize = Math.Max(hub.MaximumReceiveMessageSize ?? 0, 4L * FieldValidator.LongestValue));
builder.Services.AddMudServices();
builder.Services.AddTransient<MudBlazor.MudLocalizer, SopDesk.Web.Features.Shared.IndonesianMudLocalizer>();
builder.Services.AddSopDeskData(database);
// Identity's stores take the context per request scope; Blazor components use the factory instead.
builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext());
builder.Services.AddStaffSignIn(builder.Configuration);
builder.Services.AddHttpContextAccessor();
builder.Services.AddLayananAuth();
builder.Services.AddLayananAccounts();
builder.Services.AddOnlineApplications();
builder.Services.AddSopDeskHardening(builder.Configuration, builder.Environment);
builder.Services.AddSopDeskPrivacy(builder.Configuration);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(OfficeSettings.Read(builder.Configuration));
builder.Services.AddSingleton<OfficeTime>();
builder.Services.AddSingleton<DefinitionCatalog>();
builder.Services.AddOfficeProfile();
builder.Services.AddScoped<CaseService>();
builder.Services.AddScoped<StaffDirectory>();
builder.Services.AddSingleton<CaseEvents>();
builder.Services.AddSopDeskNodes(builder.Configuration); // shared keys; on PostgreSQL the live-update backplane and the SLA leader
builder.Services.AddScoped<SopDesk.Web.Features.Plh.AbsenceService>();
builder.Services.AddScoped<CaseSearch>();
builder.Services.AddScoped<InboxQuery>();
builder.Services.AddScoped<SopDesk.Web.Features.Staff.DeskMenu>().AddScoped<SopDesk.Web.Features.Inbox.SignerCapacity>();
builder.Services.AddScoped<StaffService>();
builder.Services.AddScoped<SopDesk.Web.Features.Account.OwnPasswordService>();
builder.Services.AddScoped<JournalQuery>();
builder.Services.AddSingleton<DueTimes>();
builder.Services.AddSingleton<HolidayService>();
builder.Services.AddScoped<SopDesk.Web.Features.Workload.WorkloadQuery>();
builder.Services.AddScoped<MonthlyReportService>();
builder.Services.AddScoped<SopDesk.Web.Layanan.Complaints.ComplaintIntake>().AddScoped<SopDesk.Web.Layanan.Complaints.ComplaintStatus>().AddSingleton<SopDesk.Web.Layanan.Complaints.ComplaintSubmissions>();
builder.Services.AddSingleton<SopDesk.Web.Features.Registers.RegisterService>();
builder.Services.AddSingleton<SopDesk.Web.Features.Registers.RegisterExports>().AddHostedService<SopDesk.Web.Features.Registers.RegisterExportCleanup>();
builder.Services.AddSingleton(DocumentSettings.Read(builder.Configuration));
builder.Services.AddScoped<DocumentService>();
builder.Services.AddScoped<DocumentVerification>();
builder.Services.AddVerificationRateLimit(builder.Configuration);
builder.Services.AddSingleton(SopDesk.Web.Layanan.Shell.LayananSettings.Read(builder.Configuration));
builder.Services.AddLayananRateLimits(builder.Configuration);
builder.Services.AddSopDeskUploads(builder.Configuration, builder.Environment);
builder.Services.AddLocalization();
var sla = SlaSettings.Read(builder.Configuration);
builder.Services.AddSingleton(sla);
builder.Services.AddScoped<SlaSweep>();
builder.Services.AddScoped<SopDesk.Web.Features.Dashboards.StepTimesDashboard>();
builder.Services.AddScoped<SopDesk.Web.Features.Notifications.NotificationInbox>();
if (sla.Watch) builder.Services.AddHostedService<SlaWatcher>();
builder.Services.AddSopDeskMail(builder.Configuration, builder.Environment);
builder.Services.AddScoped<SopDesk.Web.Features.LaborMarket.ProjectionCatchUp>();
builder.Services.AddSopDeskApi(builder.Configuration);
builder.Services.AddSopDeskHealth().AddSopDeskTelemetry(builder.Configuration);
builder.Services.AddVacancies().AddJobListing().AddJobMatching().AddPlacements().AddLaborMarketFigures();

var app = builder.Build();

await Startup.PrepareAsync(app.Services, app.Configuration, app.Environment);

app.UseSopDeskHardening();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseRequestLocalization(o => o.SetDefaultCulture("id-ID").AddSupportedCultures("id-ID").AddSupportedUICultures("id-ID"));
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseServedSides(); // Sides:Serve — after the status pages, so a refused address gets the usual 404 page
app.UseOwnStatusPages();
app.UseApiJournal(); // before authentication: a refused API call is journaled too
app.UseAuthentication();
app.UseUserLogScope();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapPost("/keluar", SignOut.HandleAsync);
app.MapVacancies().MapJobListing().MapJobMatching().MapPlacements().MapLaborMarketFigures();
app.MapSopDeskPrivacy();
app.MapSopDeskApi().MapApiDocument().MapSopDeskHealth();
app.MapLayananAccounts();
app.MapSopDeskUploads();
app.MapGet(SopDesk.Web.Features.Registers.RegisterExports.DownloadPattern, SopDesk.Web.Features.Registers.RegisterExportDownload.HandleAsync).RequireAuthorization();
app.MapGet(MonthlyReportDownload.Pattern, MonthlyReportDownload.HandleAsync)
    .RequireAuthorization(SupervisorPolicy.Name);

app.Run();

/// <summary>Entry point type, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
