using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using SopDesk.Data;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.Holidays;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;
using static SopDesk.Tests.Web.Holidays.HolidayTestBed;

namespace SopDesk.Tests.Web.Holidays;

/// <summary>The holiday page on a real database holding the shipped 2026 list, on Wednesday 10 June 2026 (WIB).</summary>
public sealed class HolidayPageTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.FromHours(7)));
    private TempDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        var auth = _context.AddAuthorization();
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        AddServices(_context.Services, _database, _clock);
        await SeedAsync(_context.Services, _database);
        var admin = await AdminAsync(_context.Services);
        auth.SetAuthorized("admin");
        auth.SetRoles(Roles.Admin);
        auth.SetClaims([.. admin.Claims.Where(c => c.Type is System.Security.Claims.ClaimTypes.NameIdentifier or CurrentStaff.SessionIdClaim)]);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    private IRenderedComponent<HolidayPage> Render(int? year = null)
    {
        if (year is not null)
        {
            var navigation = _context.Services.GetRequiredService<NavigationManager>();
            navigation.NavigateTo(navigation.GetUriWithQueryParameter("tahun", year));
        }
        var page = _context.Render<HolidayPage>();
        page.WaitForAssertion(() => page.Find("[data-testid=holiday-list] tbody"));
        return page;
    }

    private static List<string[]> Rows(IRenderedComponent<HolidayPage> page) =>
        [.. page.FindAll("[data-testid=holiday-list] td[data-date]").Select(date => date.ParentElement!.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public void The_current_years_entries_are_listed_by_date_in_Indonesian_with_kind_and_name()
    {
        var page = Render();

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(25)); // the 2026 SKB: 17 national holidays, 8 cuti bersama
        var rows = Rows(page);
        rows[0].ShouldBe(["Kamis, 1 Januari 2026", "Libur nasional", "Tahun Baru 2026 Masehi"]);
        rows[2].ShouldBe(["Senin, 16 Februari 2026", "Cuti bersama", "Cuti bersama Tahun Baru Imlek"]);
        rows[^1].ShouldBe(["Jumat, 25 Desember 2026", "Libur nasional", "Kelahiran Yesus Kristus"]);
    }

    [Fact]
    public void An_empty_next_year_is_warned_about_and_an_entered_one_is_not()
    {
        var page = Render();

        var warning = page.Find("[data-testid=missing-holidays]");
        warning.GetAttribute("data-year").ShouldBe("2027");
        warning.TextContent.ShouldContain("Daftar hari libur 2027 belum diisi — tenggat dihitung tanpa hari libur tahun itu.");
        page.FindAll("[data-testid=missing-holidays]").Count.ShouldBe(1);

        _context.Services.GetRequiredService<OfficeTime>().UseHolidays([new Holiday(new DateOnly(2026, 1, 1), HolidayKind.LiburNasional, "Tahun Baru"),
            new Holiday(new DateOnly(2027, 1, 1), HolidayKind.LiburNasional, "Tahun Baru 2027 Masehi")]);
        Render().FindAll("[data-testid=missing-holidays]").ShouldBeEmpty();
    }

    [Fact]
    public void A_year_without_entries_says_so()
    {
        var page = Render(2027);

        Rows(page).ShouldBeEmpty();
        page.Find("[data-testid=holiday-list]").TextContent.ShouldContain("Belum ada hari libur untuk tahun 2027.");
    }

    [Fact]
    public void A_holiday_saved_from_the_form_appears_in_the_list_and_a_taken_date_is_refused_in_the_form()
    {
        var page = Render();
        page.Find("[data-testid=add-holiday]").Click();
        page.Find("[data-testid=holiday-form] input").Change("17/08/2026");
        page.FindAll("[data-testid=holiday-form] input")[^1].Change("Hari lain");
        page.Find("[data-testid=save-holiday]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=holiday-form]").TextContent.ShouldContain("Senin, 17 Agustus 2026 sudah tercantum sebagai \"Proklamasi Kemerdekaan RI\""));

        page.Find("[data-testid=holiday-form] input").Change("12/10/2026");
        page.FindAll("[data-testid=holiday-form] input")[^1].Change("Hari jadi Kota Pagar Alam");
        page.Find("[data-testid=save-holiday]").Click();

        page.WaitForAssertion(() => Rows(page).ShouldContain(r => r.SequenceEqual(new[] { "Senin, 12 Oktober 2026", "Libur nasional", "Hari jadi Kota Pagar Alam" })));
        page.Find("[data-testid=holiday-message]").TextContent.ShouldContain("Hari libur ditambahkan.");
        page.FindAll("[data-testid=holiday-form]").ShouldBeEmpty();
    }

    [Fact]
    public void An_imported_file_with_a_bad_line_lists_the_line_and_a_good_file_fills_the_year()
    {
        var page = Render(2027);
        const string bad = "date,kind,name\n2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n2027-13-01,libur_nasional,Bulan salah\n";

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(bad, "libur-2027.csv"));

        page.WaitForAssertion(() => page.Find("[data-testid=import-errors]").TextContent.ShouldContain("Baris 3: tanggal \"2027-13-01\" tidak sah"));
        Rows(page).ShouldBeEmpty();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(bad.Replace("2027-13-01", "2027-03-10", StringComparison.Ordinal), "libur-2027.csv"));

        page.WaitForAssertion(() => Rows(page).Select(r => r[0]).ShouldBe(["Jumat, 1 Januari 2027", "Rabu, 10 Maret 2027"]));
        page.Find("[data-testid=holiday-message]").TextContent.ShouldContain("2 hari libur ditambahkan");
    }
}
