using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Holidays;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.Holidays.HolidayTestBed;

namespace SopDesk.Tests.Web.Holidays;

/// <summary>
/// The holiday administration on a real database: checks, the journal, and the due times of open work items
/// recomputed on the new calendar. Expected due times are counted by hand in the comments, not by the calendar.
/// </summary>
public sealed class HolidayServiceTests : IAsyncLifetime
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    // Wednesday 18 November 2026, 10:00 WIB; the shipped list has no holiday from 17 August to 24 December.
    private static readonly DateTimeOffset Wednesday10 = new(2026, 11, 18, 10, 0, 0, Wib);
    // Bipartit (503/46) is "7 hari" = 7 hari kerja: from Wednesday 18 November 10:00 count Thu 19, Fri 20,
    // Mon 23, Tue 24, Wed 25, Thu 26, Fri 27 → Friday 27 November 10:00. With Monday 23 closed: Mon 30, 10:00.
    private static readonly DateTimeOffset Friday27 = new(2026, 11, 27, 10, 0, 0, Wib);
    private static readonly DateTimeOffset Monday30 = new(2026, 11, 30, 10, 0, 0, Wib);
    private static readonly DateOnly Monday23 = new(2026, 11, 23);

    private readonly FakeTimeProvider _clock = new(Wednesday10.AddHours(2));
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;
    private System.Security.Claims.ClaimsPrincipal Admin = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        var services = new ServiceCollection();
        AddServices(services, _database, _clock);
        _services = services.BuildServiceProvider();
        await SeedAsync(_services, _database);
        Admin = await AdminAsync(_services);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private HolidayService Service => _services.GetRequiredService<HolidayService>();
    private OfficeTime Time => _services.GetRequiredService<OfficeTime>();

    private static HolidayInput Input(DateOnly? date, string name, HolidayKind kind = HolidayKind.LiburDaerah) => new() { Date = date, Kind = kind, Name = name };

    /// <summary>Drives a berkas through the engine and writes each result as the app does; returns its id.</summary>
    private async Task<Guid> StoreAsync(string sop, DateTimeOffset startedAt, params (string Outcome, string? Note, DateTimeOffset At)[] steps)
    {
        var driver = new CaseDriver(sop) { Now = startedAt };
        await using var db = _database.NewContext();
        var store = new CaseStore(db);
        var started = driver.Start();
        (await store.ApplyAsync(started, driver.Definition, Time.Calendar.Zone)).ShouldBeOfType<Applied>();
        foreach (var (outcome, note, at) in steps)
        {
            driver.Now = at;
            (await store.ApplyAsync(driver.Do(outcome, note), driver.Definition, Time.Calendar.Zone)).ShouldBeOfType<Applied>();
        }
        return started.State.CaseId;
    }

    /// <summary>503/46 found complete at 09:30, so the bipartit meeting arrives Wednesday 18 November 10:00.</summary>
    private Task<Guid> BipartitAsync() => StoreAsync("perselisihan", Wednesday10.AddMinutes(-45), ("lengkap", null, Wednesday10));

    /// <summary>The open item's due time and the case row's copy of it.</summary>
    private async Task<(DateTimeOffset? Item, DateTimeOffset? Case)> DueOfAsync(Guid caseId)
    {
        await using var db = _database.NewContext();
        var item = await db.WorkItems.AsNoTracking().SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
        var row = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        return (item.DueAt, row.CurrentDueAt);
    }

    private async Task<List<HolidayRecord>> HolidaysAsync()
    {
        await using var db = _database.NewContext();
        return await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync();
    }

    private async Task<List<JournalRecord>> JournalAsync()
    {
        await using var db = _database.NewContext();
        return await db.Journal.AsNoTracking().Where(j => j.CaseId == null).OrderBy(j => j.Id).ToListAsync();
    }

    [Fact]
    public async Task A_holiday_added_inside_an_open_items_window_moves_its_due_time_one_working_day_and_removing_it_moves_it_back()
    {
        var bipartit = await BipartitAsync();
        // AK1 at its 5-minute check from 10:00: due 10:05 the same Wednesday, untouched by a holiday next week.
        var ak1 = await StoreAsync("ak1", Wednesday10);
        // 503/46 back with the pemohon (tidak lengkap): no due time while it waits.
        var waiting = await StoreAsync("perselisihan", Wednesday10, ("tidak-lengkap", "Fotokopi KTP belum ada", Wednesday10.AddMinutes(2)));
        (await DueOfAsync(bipartit)).ShouldBe((Friday27, Friday27));
        (await DueOfAsync(waiting)).ShouldBe((null, null));

        var added = await Service.AddAsync(Input(Monday23, "Hari jadi Kota (uji)"), Admin);

        added.Ok.ShouldBeTrue(added.Message);
        added.Moved.ShouldBe(1);
        (await DueOfAsync(bipartit)).ShouldBe((Monday30, Monday30));
        (await DueOfAsync(ak1)).Item.ShouldBe(Wednesday10.AddMinutes(5));
        (await DueOfAsync(waiting)).ShouldBe((null, null));
        Time.Calendar.IsWorkingDay(Monday23).ShouldBeFalse("the office's calendar is reloaded at once");

        var removed = await Service.RemoveAsync(Monday23, Admin);

        removed.Ok.ShouldBeTrue(removed.Message);
        removed.Moved.ShouldBe(1);
        (await DueOfAsync(bipartit)).ShouldBe((Friday27, Friday27));
        Time.Calendar.IsWorkingDay(Monday23).ShouldBeTrue();
        (await HolidaysAsync()).ShouldNotContain(h => h.Date == Monday23);
    }

    [Fact]
    public async Task Moving_a_holiday_onto_a_Saturday_gives_the_working_day_back()
    {
        var bipartit = await BipartitAsync();
        (await Service.AddAsync(Input(Monday23, "Hari jadi Kota (uji)"), Admin)).Ok.ShouldBeTrue();

        var moved = await Service.UpdateAsync(Monday23, Input(new DateOnly(2026, 11, 28), "Hari jadi Kota (uji)"), Admin);

        moved.Ok.ShouldBeTrue(moved.Message);
        (await DueOfAsync(bipartit)).ShouldBe((Friday27, Friday27));
        (await HolidaysAsync()).Where(h => h.Date.Month == 11).Select(h => h.Date).ShouldBe([new DateOnly(2026, 11, 28)]);
    }

    [Fact]
    public async Task Each_change_is_journaled_with_the_administrator_and_the_recompute()
    {
        await BipartitAsync();

        (await Service.AddAsync(Input(Monday23, "Hari jadi Kota (uji)"), Admin)).Ok.ShouldBeTrue();
        (await Service.UpdateAsync(Monday23, Input(Monday23, "Hari jadi Kota Pagar Alam"), Admin)).Ok.ShouldBeTrue();
        (await Service.RemoveAsync(Monday23, Admin)).Ok.ShouldBeTrue();

        var journal = await JournalAsync();
        journal.Select(j => j.Action).ShouldBe(["HolidayAdded", "DueTimesRecomputed", "HolidayChanged", "DueTimesRecomputed", "HolidayRemoved", "DueTimesRecomputed"]);
        journal.ShouldAllBe(j => j.ActorUserId == AdminId && j.ActorName == "Administrator Uji" && j.ActingAs == Roles.Admin && j.At == _clock.GetUtcNow());
        journal[0].Detail.ShouldContain("Senin, 23 November 2026");
        journal[0].Detail.ShouldContain("Libur daerah");
        journal[2].Detail.ShouldContain("Hari jadi Kota Pagar Alam");
        // One open item with a due time (the bipartit; the 503/46 check before it is done): it moved, did not, moved back.
        var recomputes = journal.Where(j => j.Action == "DueTimesRecomputed").Select(j => j.Detail).ToList();
        recomputes[0].ShouldEndWith(": 1 dari 1 bergeser");
        recomputes[1].ShouldEndWith(": 0 dari 1 bergeser");
        recomputes[2].ShouldEndWith(": 1 dari 1 bergeser");
    }

    [Theory]
    [InlineData("2026-08-17", "Hari lain", HolidayFields.Date, "Senin, 17 Agustus 2026 sudah tercantum sebagai \"Proklamasi Kemerdekaan RI\"")]
    [InlineData(null, "Tanpa tanggal", HolidayFields.Date, "Tanggal wajib diisi.")]
    [InlineData("1999-11-23", "Terlalu lampau", HolidayFields.Date, "Tahun harus antara 2000 dan 2100.")]
    [InlineData("2101-01-01", "Terlalu jauh", HolidayFields.Date, "Tahun harus antara 2000 dan 2100.")]
    [InlineData("2026-11-23", "   ", HolidayFields.Name, "Nama hari libur wajib diisi.")]
    public async Task A_bad_entry_is_refused_with_a_specific_message_and_changes_nothing(string? date, string name, string field, string message)
    {
        var bipartit = await BipartitAsync();
        var before = await HolidaysAsync();

        var outcome = await Service.AddAsync(Input(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), name), Admin);

        outcome.Ok.ShouldBeFalse();
        outcome.FieldErrors[field].ShouldStartWith(message);
        (await HolidaysAsync()).Select(h => (h.Date, h.Kind, h.Name)).ShouldBe(before.Select(h => (h.Date, h.Kind, h.Name)));
        (await JournalAsync()).ShouldBeEmpty();
        (await DueOfAsync(bipartit)).ShouldBe((Friday27, Friday27));
    }

    [Fact]
    public async Task Moving_a_holiday_onto_a_listed_date_is_refused()
    {
        var outcome = await Service.UpdateAsync(new DateOnly(2026, 12, 24), Input(new DateOnly(2026, 12, 25), "Cuti bersama Natal", HolidayKind.CutiBersama), Admin);

        outcome.FieldErrors[HolidayFields.Date].ShouldStartWith("Jumat, 25 Desember 2026 sudah tercantum sebagai \"Kelahiran Yesus Kristus\"");
        (await HolidaysAsync()).Single(h => h.Date == new DateOnly(2026, 12, 24)).Name.ShouldBe("Cuti bersama Kelahiran Yesus Kristus");
        (await JournalAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_an_active_administrator_may_list_or_change_the_holidays()
    {
        var bipartit = await BipartitAsync();
        var kasi = await KasiAsync(_services);
        // A cookie claiming the role for an account that does not hold it in the database.
        var forged = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [.. kasi.Claims, new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, Roles.Admin)], "test"));
        const string csv = "date,kind,name\n2026-11-23,libur_daerah,Hari jadi\n";

        foreach (var user in new[] { kasi, forged })
        {
            (await Service.AddAsync(Input(Monday23, "Hari jadi"), user)).Message.ShouldBe(HolidayService.NotAdministrator);
            (await Service.UpdateAsync(new DateOnly(2026, 8, 17), Input(Monday23, "Hari jadi"), user)).Message.ShouldBe(HolidayService.NotAdministrator);
            (await Service.RemoveAsync(new DateOnly(2026, 8, 17), user)).Message.ShouldBe(HolidayService.NotAdministrator);
            (await Service.ImportAsync(csv, "libur.csv", user)).Message.ShouldBe(HolidayService.NotAdministrator);
        }
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.ListAsync(2026, kasi));
        await Should.ThrowAsync<UnauthorizedAccessException>(() => Service.ListAsync(2026, new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity())));

        // The administrator deactivated a moment ago cannot act on the old cookie either.
        await using (var db = _database.NewContext())
            await db.Users.Where(u => u.Id == AdminId).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false));
        (await Service.AddAsync(Input(Monday23, "Hari jadi"), Admin)).Message.ShouldBe(CurrentStaff.ChangedMessage);

        (await HolidaysAsync()).Count.ShouldBe(25);
        (await HolidaysAsync()).ShouldContain(h => h.Date == new DateOnly(2026, 8, 17));
        (await JournalAsync()).ShouldBeEmpty();
        (await DueOfAsync(bipartit)).ShouldBe((Friday27, Friday27));
        Time.Calendar.IsWorkingDay(Monday23).ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_with_bad_lines_is_refused_line_by_line_and_imports_nothing()
    {
        const string csv = "date,kind,name\n"
            + "2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n"
            + "2027-02-30,libur_nasional,Tanggal salah\n"
            + "2027-03-10,libur_pusat,Jenis salah\n"
            + "2027-01-01,cuti_bersama,Tanggal ganda\n"
            + "2027-05-01,libur_nasional,\n"
            + "2027-08-17,libur_nasional,Proklamasi Kemerdekaan RI\n";

        var outcome = await Service.ImportAsync(csv, "libur-2027.csv", Admin);

        outcome.Ok.ShouldBeFalse();
        outcome.Message.ShouldBe("libur-2027.csv tidak diimpor: 4 baris bermasalah. Perbaiki lalu impor lagi.");
        outcome.LineErrors.Length.ShouldBe(4);
        outcome.LineErrors[0].ShouldStartWith("Baris 3: tanggal \"2027-02-30\" tidak sah");
        outcome.LineErrors[1].ShouldStartWith("Baris 4: jenis \"libur_pusat\" tidak dikenal");
        outcome.LineErrors[2].ShouldBe("Baris 5: tanggal 2027-01-01 tercantum dua kali (sudah ada di baris 2).");
        outcome.LineErrors[3].ShouldBe("Baris 6: nama hari libur kosong.");
        (await HolidaysAsync()).ShouldAllBe(h => h.Date.Year == 2026);
        (await JournalAsync()).ShouldBeEmpty();
        Time.YearsWithoutHolidays().ShouldBe([2027]);
    }

    [Fact]
    public async Task A_good_file_adds_new_dates_updates_listed_ones_recomputes_and_is_journaled()
    {
        var bipartit = await BipartitAsync();
        Time.YearsWithoutHolidays().ShouldBe([2027]);
        const string csv = "date,kind,name\n"
            + "2026-08-17,libur_nasional,Proklamasi Kemerdekaan RI\n" // as listed
            + "2026-11-23,libur_daerah,Hari jadi Kota (uji)\n" // new, inside the bipartit's window
            + "2026-12-24,cuti_bersama,Cuti bersama Natal\n" // listed under another name
            + "2027-01-01,libur_nasional,Tahun Baru 2027 Masehi\n"; // new year

        var outcome = await Service.ImportAsync(csv, "libur.csv", Admin);

        outcome.Ok.ShouldBeTrue(outcome.Message);
        outcome.Moved.ShouldBe(1);
        (await DueOfAsync(bipartit)).ShouldBe((Monday30, Monday30));
        var holidays = await HolidaysAsync();
        holidays.Count.ShouldBe(27);
        holidays.Single(h => h.Date == new DateOnly(2026, 12, 24)).Name.ShouldBe("Cuti bersama Natal");
        holidays.Single(h => h.Date == Monday23).Kind.ShouldBe("libur_daerah");
        Time.YearsWithoutHolidays().ShouldBeEmpty();
        var journal = await JournalAsync();
        journal.Select(j => j.Action).ShouldBe(["HolidaysImported", "DueTimesRecomputed"]);
        journal[0].Detail.ShouldContain("libur.csv");
        journal[0].Detail.ShouldContain("2 ditambahkan, 1 diubah");

        var again = await Service.ImportAsync(csv, "libur.csv", Admin);
        again.Ok.ShouldBeFalse();
        again.Message.ShouldStartWith("Tidak ada perubahan");
        (await JournalAsync()).Count.ShouldBe(2);
    }
}
