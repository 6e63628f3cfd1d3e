using System.Collections.Immutable;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;

namespace SopDesk.Web.Features.Holidays;

/// <summary>Field rules for one holiday, with one Indonesian message per field. A file's lines follow the same limits (<see cref="HolidayCsv"/>).</summary>
public static class HolidayRules
{
    /// <summary>Date, kind and name; whether the date is already listed needs the database (<see cref="DateTaken"/>).</summary>
    public static ImmutableDictionary<string, string>.Builder Check(HolidayInput input)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        if (input.Date is not { } date) errors[HolidayFields.Date] = "Tanggal wajib diisi.";
        else if (!Holiday.IsYearInRange(date.Year)) errors[HolidayFields.Date] = HolidayTexts.YearOutOfRange;
        if (!Enum.IsDefined(input.Kind)) errors[HolidayFields.Kind] = "Pilih jenis hari libur.";
        var name = input.Name.Trim();
        if (name.Length == 0) errors[HolidayFields.Name] = "Nama hari libur wajib diisi.";
        else if (name.Length > Holiday.MaxNameLength) errors[HolidayFields.Name] = HolidayTexts.NameTooLong;
        return errors;
    }

    public static string DateTaken(HolidayRecord existing) =>
        $"{OfficeTime.FormatDate(existing.Date)} sudah tercantum sebagai \"{existing.Name}\". Satu tanggal hanya boleh tercantum sekali: ubah entri itu.";
}
