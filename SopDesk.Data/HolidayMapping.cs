using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Data;

/// <summary>Between the calendar's holidays and the rows of the Holidays table (the kind stored as its CSV code).</summary>
public static class HolidayMapping
{
    public static Holiday ToHoliday(HolidayRecord row) => new(row.Date, HolidayCsv.KindOf(row.Kind), row.Name);

    public static HolidayRecord ToRecord(Holiday holiday)
    {
        var row = new HolidayRecord { Date = holiday.Date };
        Copy(holiday, row);
        return row;
    }

    /// <summary>Copies kind and name onto the row listed on the same date.</summary>
    public static void Copy(Holiday holiday, HolidayRecord row) => (row.Kind, row.Name) = (HolidayCsv.KindCode(holiday.Kind), holiday.Name);

    /// <summary>The whole list as stored (inside a transaction: as this transaction sees it).</summary>
    public static async Task<List<Holiday>> LoadAsync(SopDeskDbContext db, CancellationToken ct = default) =>
        [.. (await db.Holidays.AsNoTracking().OrderBy(h => h.Date).ToListAsync(ct)).Select(ToHoliday)];
}
