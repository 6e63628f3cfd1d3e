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
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Registers;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// The AK1 buku register: who may read it and who sees its NIK, its filters and paging, the cancellation of a line
/// (supervisors only, checked in the service), and the page showing a cancelled line as BATAL with a link to its berkas.
/// </summary>
public sealed class RegisterPageTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
    private System.Security.Claims.ClaimsPrincipal Kasi = default!, Pengadministrasi = default!, KepalaDinas = default!, Panitia = default!;

    private readonly BunitContext _context = new();
    private TempDatabase _database = default!;
    private readonly List<Guid> _caseIds = [];
    private BunitAuthorizationContext _auth = default!;

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
        Kasi = await TestPrincipals.SignedInAsync(_context.Services, "user-kasi", "Kasi Uji", "kasi");
        Pengadministrasi = await TestPrincipals.SignedInAsync(_context.Services, "user-pengadministrasi", "Admin Uji", "pengadministrasi");
        KepalaDinas = await TestPrincipals.SignedInAsync(_context.Services, "user-kadis", "Kadis Uji", "kepala-dinas");
        Panitia = await TestPrincipals.SignedInAsync(_context.Services, "user-panitia", "Panitia Uji", "panitia");

        // Three AK1 berkas printed (numbered) on three days: Siti, Budi, Rina.
        foreach (var (name, day) in new[] { ("Siti Aminah", 16), ("Budi Santoso", 17), ("Rina Wulandari", 18) })
        {
            var driver = new CaseDriver("ak1") { Now = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.FromHours(7)) };
            var values = FieldExamples.For(driver.Definition.FirstStep).SetItem("nama", name);
            foreach (var result in new Func<Accepted>[] { () => driver.TryStart(values: values).ShouldBeOfType<Accepted>(), () => driver.Do("lengkap"), () => driver.Do() })
            {
                await using var db = _database.NewContext();
                (await new CaseStore(db).ApplyAsync(result(), driver.Definition, Wib)).ShouldBeOfType<Applied>();
            }
            _caseIds.Add(driver.State!.CaseId);
        }
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private RegisterService Service => _context.Services.GetRequiredService<RegisterService>();

    private static int Column(RegisterPageResult page, string header) => page.Columns.Select(c => c.Header).ToList().IndexOf(header);

    [Fact]
    public async Task A_lane_officer_reads_every_line_newest_first_with_the_NIK_in_full()
    {
        var page = await Service.PageAsync(Kasi, new RegisterFilter("register-ak1"), 0, 25);

        page.Total.ShouldBe(3);
        page.Lines.Select(l => l.Entry.Number).ShouldBe(["0003/AK1/DISPMPTSPTK/2026", "0002/AK1/DISPMPTSPTK/2026", "0001/AK1/DISPMPTSPTK/2026"]);
        page.Lines.Select(l => l.Values[Column(page, "Nama")]).ShouldBe(["Rina Wulandari", "Budi Santoso", "Siti Aminah"]);
        page.Lines[0].Values[Column(page, "NIK")].ShouldBe(FieldExamples.Nik);
        page.Lines[0].Values[Column(page, "Tanggal")].ShouldBe(new DateOnly(2026, 11, 18));
    }

    [Fact]
    public async Task A_supervisor_outside_the_lanes_reads_it_masked_and_an_officer_of_another_SOP_not_at_all()
    {
        var page = await Service.PageAsync(KepalaDinas, new RegisterFilter("register-ak1"), 0, 25);

        page.MaySeePersonal.ShouldBeFalse();
        page.Lines[0].Values[Column(page, "NIK")].ShouldBe("1672********0003");
        page.Lines[0].Values[Column(page, "Alamat")].ShouldNotBe(FieldExamples.For(new FormField { Id = "alamat", Label = "Alamat", Type = FieldType.Textarea }));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.PageAsync(Panitia, new RegisterFilter("register-ak1"), 0, 25));
    }

    [Fact]
    public async Task The_period_text_and_paging_filters_narrow_the_lines()
    {
        (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", From: new DateOnly(2026, 11, 17), To: new DateOnly(2026, 11, 17)), 0, 25))
            .Lines.ShouldHaveSingleItem().Entry.ApplicantName.ShouldBe("Budi Santoso");
        (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", Text: "  WULAN "), 0, 25)).Lines.ShouldHaveSingleItem().Entry.ApplicantName.ShouldBe("Rina Wulandari");
        (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", Text: "0001/AK1"), 0, 25)).Lines.ShouldHaveSingleItem().Entry.ApplicantName.ShouldBe("Siti Aminah");
        var second = await Service.PageAsync(Kasi, new RegisterFilter("register-ak1"), 2, 2);
        second.Total.ShouldBe(3);
        second.Lines.ShouldHaveSingleItem().Entry.Sequence.ShouldBe(1);
    }

    [Fact]
    public async Task Only_a_supervisor_cancels_a_line_which_then_shows_as_batal_with_its_berkas_link()
    {
        var budi = (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", Text: "budi"), 0, 25)).Lines.Single().Entry;

        (await Service.CancelAsync(Pengadministrasi, "register-ak1", budi.Id, "Salah cetak kartu")).Ok.ShouldBeFalse();
        (await Service.CancelAsync(Kasi, "register-ak1", budi.Id, "")).Message.ShouldNotBeNull().ShouldContain("alasan");
        (await Service.CancelAsync(Kasi, "register-ak1", budi.Id, "Salah cetak kartu")).Ok.ShouldBeTrue();
        (await Service.CancelAsync(Kasi, "register-ak1", budi.Id, "Salah cetak kartu")).Message.ShouldNotBeNull().ShouldContain("sudah dibatalkan");
        (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", Status: RegisterEntryStatus.Cancelled), 0, 25))
            .Lines.ShouldHaveSingleItem().Entry.Number.ShouldBe("0002/AK1/DISPMPTSPTK/2026");

        _auth.SetAuthorized("Kasi Uji").SetRoles("kasi").SetClaims([.. Kasi.Claims]);
        var page = _context.Render<RegisterPage>(p => p.Add(x => x.RegisterId, "register-ak1"));
        page.WaitForAssertion(() => page.FindAll("[data-testid=register] tbody tr").Count.ShouldBe(3));
        var row = page.FindAll("[data-testid=register] tbody tr").Single(r => r.TextContent.Contains("Budi Santoso"));
        row.QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("batal");
        row.QuerySelector($"a[href='/berkas/{_caseIds[1]}']").ShouldNotBeNull();
        row.QuerySelector("[data-testid=cancel-entry]").ShouldBeNull();
        page.FindAll("[data-testid=cancel-entry]").Count.ShouldBe(2);
    }

    private async Task<List<JournalRecord>> JournalAsync(string action)
    {
        await using var db = _database.NewContext();
        return await db.Journal.AsNoTracking().Where(j => j.Action == action).ToListAsync();
    }

    [Fact]
    public async Task A_full_NIK_search_is_journaled_once_masked_and_finds_nothing_for_a_reader_without_need_to_know()
    {
        var byNik = new RegisterFilter("register-ak1", Text: FieldExamples.Nik);
        (await Service.PageAsync(Kasi, byNik, 0, 2)).Total.ShouldBe(3);
        (await Service.PageAsync(Kasi, byNik, 2, 2)).Lines.ShouldHaveSingleItem(); // the next page of the same search
        var line = (await JournalAsync(JournalActions.PersonalDataSearched)).ShouldHaveSingleItem();
        line.ActorUserId.ShouldBe("user-kasi");
        line.Detail.ShouldContain("1672********0003");
        line.Detail.ShouldNotContain(FieldExamples.Nik);

        // An administrator reads the book (masked) but has no need to know who a NIK is.
        var admin = await TestPrincipals.SignedInAsync(_context.Services, "user-admin", "Admin Sistem", "admin");
        (await Service.PageAsync(admin, new RegisterFilter("register-ak1"), 0, 25)).Total.ShouldBe(3);
        (await Service.PageAsync(admin, byNik, 0, 25)).Lines.ShouldBeEmpty();
    }

    [Fact]
    public async Task Opening_the_register_page_journals_one_view_however_often_its_lines_reload()
    {
        _auth.SetAuthorized("Kasi Uji").SetRoles("kasi").SetClaims([.. Kasi.Claims]);
        var page = _context.Render<RegisterPage>(p => p.Add(x => x.RegisterId, "register-ak1"));
        page.WaitForAssertion(() => page.FindAll("[data-testid=register] tbody tr").Count.ShouldBe(3));
        await page.InvokeAsync(() => page.FindComponent<MudBlazor.MudTable<RegisterLine>>().Instance.ReloadServerData());
        page.Render();

        var view = (await JournalAsync(JournalActions.RegisterViewed)).ShouldHaveSingleItem();
        view.ActorUserId.ShouldBe("user-kasi");
        view.Detail.ShouldContain("data lengkap");
    }

    /// <summary>Starts an export, waits for the background writer, and opens the file.</summary>
    private async Task<WrittenRegister> ExportAsync(System.Security.Claims.ClaimsPrincipal user, RegisterFilter filter)
    {
        var exports = _context.Services.GetRequiredService<RegisterExports>();
        var job = await exports.StartAsync(user, filter);
        for (var i = 0; i < 200 && !job.Done && job.Error is null; i++) await Task.Delay(50);
        job.Error.ShouldBeNull();
        job.Done.ShouldBeTrue();
        job.Written.ShouldBe(job.Total);
        (await exports.FindAsync(job.Id, "someone-else")).ShouldBeNull();
        (await exports.ReadFileAsync(job.Id, "someone-else")).ShouldBeNull();
        return new WrittenRegister((await exports.ReadFileAsync(job.Id, user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value)).ShouldNotBeNull());
    }

    /// <summary>The sheet's row holding the column headers (the kop, title and period come first).</summary>
    private static int HeaderRow(WrittenRegister file) =>
        Enumerable.Range(1, 20).First(r => file.Has($"A{r}") && file.Cell($"A{r}").InlineString?.Text?.Text == "Nomor Pendaftaran");

    [Fact]
    public async Task The_export_writes_the_filtered_lines_in_book_order_with_the_status_and_is_journaled()
    {
        var budi = (await Service.PageAsync(Kasi, new RegisterFilter("register-ak1", Text: "budi"), 0, 25)).Lines.Single().Entry;
        (await Service.CancelAsync(Kasi, "register-ak1", budi.Id, "Salah cetak kartu")).Ok.ShouldBeTrue();

        using var file = await ExportAsync(Kasi, new RegisterFilter("register-ak1", From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 30)));

        var header = HeaderRow(file);
        file.Text($"K{header}").ShouldBe("Status");
        file.Text($"A{header + 1}").ShouldBe("0001/AK1/DISPMPTSPTK/2026");
        file.Text($"C{header + 1}").ShouldBe(FieldExamples.Nik);
        file.Text($"D{header + 2}").ShouldBe("Budi Santoso");
        file.Text($"K{header + 2}").ShouldBe("BATAL");
        file.Text($"K{header + 3}").ShouldBe("Aktif");
        file.Has($"A{header + 4}").ShouldBeFalse();
        file.ValidationErrors().ShouldBeEmpty();
        await using var db = _database.NewContext();
        (await db.Journal.SingleAsync(j => j.Action == "RegisterExported")).Detail.ShouldContain("3 baris");
    }

    [Fact]
    public async Task A_supervisor_outside_the_lanes_exports_the_NIK_masked_and_an_officer_of_another_SOP_cannot_export()
    {
        using var file = await ExportAsync(KepalaDinas, new RegisterFilter("register-ak1"));

        file.Text($"C{HeaderRow(file) + 1}").ShouldBe("1672********0003");
        await Should.ThrowAsync<UnauthorizedAccessException>(() =>
            _context.Services.GetRequiredService<RegisterExports>().StartAsync(Panitia, new RegisterFilter("register-ak1")));
    }
}
