using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Holidays;

/// <summary>
/// The holiday calendar's administration. Every method checks on the server that the caller is an
/// administrator now (<see cref="CurrentStaff"/>: live session, roles from the database). A change, the recomputed due times of all
/// open work items and the journal lines are written in one write transaction; then the office's calendar is
/// reloaded, so the next due time computed anywhere counts the new list.
/// </summary>
public sealed class HolidayService(IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time, DueTimes dueTimes, CaseEvents events, CurrentStaff current)
    : IDisposable
{
    public const string NotAdministrator = "Hanya administrator yang boleh mengelola hari libur.";

    // One change at a time in this process, so calendars are reloaded in the order their changes committed.
    private readonly SemaphoreSlim _oneChange = new(1, 1);

    /// <summary>The holidays of one year, by date.</summary>
    public async Task<IReadOnlyList<Holiday>> ListAsync(int year, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        await current.RequireAdministratorAsync(admin, NotAdministrator, ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        await using var db = await contexts.CreateDbContextAsync(ct);
        return [.. (await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date).ToListAsync(ct))
            .Select(HolidayMapping.ToHoliday)];
    }

    public Task<HolidayOutcome> AddAsync(HolidayInput input, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async db =>
        {
            var errors = HolidayRules.Check(input);
            if (errors.Count == 0 && await db.Holidays.FindAsync([input.Date!.Value], ct) is { } taken)
                errors[HolidayFields.Date] = HolidayRules.DateTaken(taken);
            if (errors.Count > 0) return Refused(HolidayOutcome.Invalid(errors.ToImmutable()));
            var holiday = ToHoliday(input);
            db.Holidays.Add(HolidayMapping.ToRecord(holiday));
            return Journal(JournalActions.HolidayAdded, $"Hari libur ditambahkan: {HolidayTexts.Describe(holiday)}", "Hari libur ditambahkan.");
        }, ct);

    /// <summary>Changes the holiday listed on <paramref name="date"/> (its date too).</summary>
    public Task<HolidayOutcome> UpdateAsync(DateOnly date, HolidayInput input, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async db =>
        {
            if (await db.Holidays.FindAsync([date], ct) is not { } row) return Refused(HolidayOutcome.Failed(NotFound(date)));
            var errors = HolidayRules.Check(input);
            if (errors.Count == 0 && input.Date != date && await db.Holidays.FindAsync([input.Date!.Value], ct) is { } taken)
                errors[HolidayFields.Date] = HolidayRules.DateTaken(taken);
            if (errors.Count > 0) return Refused(HolidayOutcome.Invalid(errors.ToImmutable()));
            var (before, after) = (HolidayMapping.ToHoliday(row), ToHoliday(input));
            if (before == after) return Refused(HolidayOutcome.Failed("Tidak ada perubahan."));
            if (after.Date == before.Date) HolidayMapping.Copy(after, row);
            else
            {
                // The date is the key: another date is another row.
                db.Holidays.Remove(row);
                db.Holidays.Add(HolidayMapping.ToRecord(after));
            }
            return Journal(JournalActions.HolidayChanged, $"Hari libur diubah: {HolidayTexts.Describe(before)} → {HolidayTexts.Describe(after)}", "Perubahan tersimpan.");
        }, ct);

    public Task<HolidayOutcome> RemoveAsync(DateOnly date, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async db =>
        {
            if (await db.Holidays.FindAsync([date], ct) is not { } row) return Refused(HolidayOutcome.Failed(NotFound(date)));
            db.Holidays.Remove(row);
            return Journal(JournalActions.HolidayRemoved, $"Hari libur dihapus: {HolidayTexts.Describe(HolidayMapping.ToHoliday(row))}", "Hari libur dihapus.");
        }, ct);

    /// <summary>
    /// Imports a file in the shipped format (date,kind,name): every line is checked first and a file with any bad
    /// line imports nothing. A date not yet listed is added, a listed date takes the file's kind and name; nothing
    /// is deleted.
    /// </summary>
    public Task<HolidayOutcome> ImportAsync(string csvText, string fileName, ClaimsPrincipal admin, CancellationToken ct = default) =>
        ChangeAsync(admin, async db =>
        {
            IReadOnlyList<Holiday> holidays;
            try
            {
                holidays = HolidayCsv.Parse(csvText, fileName);
            }
            catch (HolidayCsvException bad)
            {
                return Refused(HolidayOutcome.BadFile($"{fileName} tidak diimpor: {bad.Errors.Count} baris bermasalah. Perbaiki lalu impor lagi.",
                    [.. bad.Errors.Select(HolidayTexts.LineError)]));
            }
            if (holidays.Count == 0) return Refused(HolidayOutcome.Failed($"{fileName} tidak memuat satu pun hari libur."));

            var listed = await db.Holidays.ToDictionaryAsync(h => h.Date, ct); // a few dozen rows a year
            var (added, changed) = (0, 0);
            foreach (var holiday in holidays)
            {
                if (!listed.TryGetValue(holiday.Date, out var row)) { db.Holidays.Add(HolidayMapping.ToRecord(holiday)); added++; }
                else if (HolidayMapping.ToHoliday(row) != holiday) { HolidayMapping.Copy(holiday, row); changed++; }
            }
            if (added + changed == 0) return Refused(HolidayOutcome.Failed($"Tidak ada perubahan: semua tanggal dalam {fileName} sudah tercantum sama."));
            var years = string.Join(", ", holidays.Select(h => h.Date.Year).Distinct());
            return Journal(JournalActions.HolidaysImported, $"Hari libur diimpor dari {fileName} (tahun {years}): {added} ditambahkan, {changed} diubah",
                $"{fileName} diimpor: {added} hari libur ditambahkan, {changed} diubah.");
        }, ct);

    private sealed record Step(HolidayOutcome? Refusal, string Action = "", string Detail = "", string Done = "");

    private static Step Refused(HolidayOutcome outcome) => new(outcome);

    private static Step Journal(string action, string detail, string done) => new(null, action, detail, done);

    /// <summary>
    /// Runs one change under SQLite's write lock: the change, the due times of all open items on the new list,
    /// two journal lines (the change, the recompute) — all or nothing. Then the office's calendar is reloaded
    /// and open pages are told to refresh their due times.
    /// </summary>
    private async Task<HolidayOutcome> ChangeAsync(ClaimsPrincipal admin, Func<SopDeskDbContext, Task<Step>> change, CancellationToken ct)
    {
        var check = await current.CheckAdministratorAsync(admin, NotAdministrator, ct);
        if (check.Actor is not { } actor) return HolidayOutcome.Failed(check.Refusal!);
        HolidayOutcome outcome;
        await _oneChange.WaitAsync(ct);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.TakeTurnAsync("holidays", ct); // _oneChange serialises this process only
            var step = await change(db);
            if (step.Refusal is { } refused) return refused;
            await db.SaveChangesAsync(ct);

            var holidays = await HolidayMapping.LoadAsync(db, ct);
            var recompute = await dueTimes.RecomputeAsync(db, new WorkingCalendar(time.Calendar.Settings, holidays), ct);
            var now = time.Now;
            db.Journal.AddRange(
                JournalRecord.For(actor, now, step.Action, step.Detail, actingAs: Roles.Admin),
                JournalRecord.For(actor, now, JournalActions.DueTimesRecomputed,
                    $"Jatuh tempo langkah terbuka dihitung ulang dengan daftar hari libur baru: {recompute.Moved} dari {recompute.Open} bergeser",
                    actingAs: Roles.Admin));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            time.UseHolidays(holidays);
            outcome = HolidayOutcome.Done($"{step.Done} {HolidayTexts.Moved(recompute.Moved)}", recompute.Moved);
        }
        finally
        {
            _oneChange.Release();
        }
        events.Publish(Live.CaseChange.ForEveryone()); // inboxes and berkas pages reload their due times
        return outcome;
    }

    public void Dispose() => _oneChange.Dispose();

    private static Holiday ToHoliday(HolidayInput input) => new(input.Date!.Value, input.Kind, input.Name.Trim());

    private static string NotFound(DateOnly date) => $"Tidak ada hari libur pada {OfficeTime.FormatDate(date)}; muat ulang halaman.";
}
