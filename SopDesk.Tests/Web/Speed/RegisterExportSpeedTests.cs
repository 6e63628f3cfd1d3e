using Bunit;
using Bunit.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Data.Registers;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Registers;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Speed;

/// <summary>
/// The register export of a few lines: written before the button answers (no progress to poll), its file name shown as
/// written, and a filtered export's sheet and journal stating the filter, not "Periode: semua".
/// </summary>
public sealed class RegisterExportSpeedTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private BunitAuthorizationContext _auth = default!;
    private System.Security.Claims.ClaimsPrincipal _kasi = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _auth = _context.AddAuthorization();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddOfficeCore(_database, TimeProvider.System);
        _context.Services.AddSingleton<RegisterService>();
        _context.Services.AddSingleton<RegisterExports>();
        await _context.Services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
        _kasi = await TestPrincipals.SignedInAsync(_context.Services, "user-kasi", "Kasi Uji", "kasi");

        // Two AK1 berkas numbered in the register: Siti and Budi.
        foreach (var (name, day) in new[] { ("Siti Aminah", 16), ("Budi Santoso", 17) })
        {
            var driver = new CaseDriver("ak1") { Now = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.FromHours(7)) };
            var values = FieldExamples.For(driver.Definition.FirstStep).SetItem("nama", name);
            foreach (var result in new Func<Accepted>[] { () => driver.TryStart(values: values).ShouldBeOfType<Accepted>(), () => driver.Do("lengkap"), () => driver.Do() })
            {
                await using var db = _database.NewContext();
                (await new CaseStore(db).ApplyAsync(result(), driver.Definition, Wib)).ShouldBeOfType<Applied>();
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private RegisterExports Exports => _context.Services.GetRequiredService<RegisterExports>();

    [Fact]
    public async Task A_small_export_is_written_before_the_start_answers()
    {
        var job = await Exports.StartAsync(_kasi, new RegisterFilter("register-ak1"));

        job.Error.ShouldBeNull();
        job.Done.ShouldBeTrue();
        job.Written.ShouldBe(2);
        (await Exports.ReadFileAsync(job.Id, job.UserId)).ShouldNotBeNull().Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task A_filtered_export_states_its_filter_in_the_sheet_and_the_journal()
    {
        var filter = new RegisterFilter("register-ak1", Status: RegisterEntryStatus.Active, OfficerUserId: "user-kasi", Text: "budi");
        var stated = RegisterExportHeading.FilterText(filter, "Kasi Uji");
        stated.ShouldBe("Periode: semua tanggal; status: aktif; petugas: Kasi Uji; pencarian: \"budi\"");

        var job = await Exports.StartAsync(_kasi, filter);

        job.Done.ShouldBeTrue();
        using var file = new SopDesk.Tests.Web.Registers.WrittenRegister((await Exports.ReadFileAsync(job.Id, job.UserId))!);
        Enumerable.Range(1, 10).Where(r => file.Has($"A{r}")).Select(r => file.Cell($"A{r}").InlineString?.Text?.Text).ShouldContain(stated);
        await using var db = _database.NewContext();
        (await db.Journal.AsNoTracking().SingleAsync(j => j.Action == JournalActions.RegisterExported)).Detail.ShouldContain(stated);
    }

    [Fact]
    public void The_period_line_names_dates_and_masks_a_searched_NIK()
    {
        RegisterExportHeading.FilterText(new RegisterFilter("register-ak1")).ShouldBe("Periode: semua");
        RegisterExportHeading.FilterText(new RegisterFilter("register-ak1", From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 30)))
            .ShouldBe($"Periode: {OfficeTime.FormatDate(new DateOnly(2026, 11, 1))} – {OfficeTime.FormatDate(new DateOnly(2026, 11, 30))}");
        RegisterExportHeading.FilterText(new RegisterFilter("register-ak1", Text: "1672014505900003"))
            .ShouldBe("Periode: semua tanggal; pencarian: \"1672********0003\"");
    }

    [Fact]
    public void The_download_button_shows_the_file_name_as_written_at_once()
    {
        _auth.SetAuthorized("Kasi Uji").SetRoles("kasi").SetClaims([.. _kasi.Claims]);
        var page = _context.Render<RegisterPage>(p => p.Add(x => x.RegisterId, "register-ak1"));
        page.WaitForAssertion(() => page.FindAll("[data-testid=register] tbody tr").Count.ShouldBe(2));

        page.Find("[data-testid=export]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=export-download]"));
        var download = page.Find("[data-testid=export-download]");
        download.TextContent.ShouldContain("register-ak1-");
        (download.GetAttribute("style") ?? "").Replace(" ", "").ShouldContain("text-transform:none");
        page.FindAll("[data-testid=export-progress]").ShouldBeEmpty();
    }
}
