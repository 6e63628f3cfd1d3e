using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// Checks form values against a step's fields. The engine calls it before accepting a step, and the web
/// form calls the same rules to show errors inline. Messages are in Bahasa Indonesia (shown to staff).
/// </summary>
public static partial class FieldValidator
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>The options of a gender field a NIK is compared with: men, women.</summary>
    public static readonly ImmutableArray<string> GenderOptions = ["Laki-laki", "Perempuan"];

    /// <summary>The earliest birth date accepted.</summary>
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    /// <summary>
    /// Errors by field id; empty when every value is acceptable. <paramref name="today"/> (office date) bounds
    /// birth dates; <paramref name="held"/> are values the berkas already holds, for comparing a NIK with them.
    /// </summary>
    public static ImmutableDictionary<string, string> Validate(IEnumerable<FormField> fields, IReadOnlyDictionary<string, string> values,
        DateOnly today, IReadOnlyDictionary<string, string>? held = null)
    {
        var errors = ImmutableDictionary.CreateBuilder<string, string>();
        var known = fields.ToDictionary(f => f.Id);
        foreach (var id in values.Keys.Where(id => !known.ContainsKey(id)))
            errors[id] = $"Isian '{id}' tidak dikenal pada langkah ini.";
        var birthDates = known.Values.Select(f => f.BirthDateField).OfType<string>().ToHashSet();
        foreach (var field in known.Values)
        {
            var value = values.GetValueOrDefault(field.Id)?.Trim();
            var error = string.IsNullOrEmpty(value)
                ? (field.Required ? $"{field.Label} wajib diisi." : null)
                : Check(field, value) ?? (birthDates.Contains(field.Id) ? BirthDateError(field, value, today) : null);
            if (error is not null) errors[field.Id] = error;
        }
        foreach (var nik in known.Values.Where(f => f.Type == FieldType.Nik && !errors.ContainsKey(f.Id)))
        {
            string? Current(string? id) => id is null || errors.ContainsKey(id) ? null
                : values.GetValueOrDefault(id)?.Trim() is { Length: > 0 } sent ? sent : held?.GetValueOrDefault(id);
            if (Current(nik.Id) is not { } number) continue;
            if (NikMismatch(nik, number, known.GetValueOrDefault(nik.BirthDateField ?? ""), Current(nik.BirthDateField),
                    known.GetValueOrDefault(nik.GenderField ?? ""), Current(nik.GenderField)) is { } mismatch)
                errors[nik.Id] = mismatch;
        }
        return errors.ToImmutable();
    }

    /// <summary>
    /// No field may declare more than this: any value the inputs let through (3 bytes a character in UTF-8)
    /// then fits in one message of the browser's connection (Program.cs sets that limit from this number).
    /// </summary>
    public const int LongestValue = 10_000;

    /// <summary>The longest value a field takes: its own maxLength, or a default by type that keeps a paste from flooding storage.</summary>
    public static int MaxLengthOf(FormField field) => field.MaxLength ?? field.Type switch
    {
        FieldType.Nik => 16,
        FieldType.Nip => 18,
        FieldType.Date => 10,
        FieldType.Phone => 16,
        FieldType.Number or FieldType.Money => 30,
        FieldType.Email => 254,
        FieldType.Textarea => 2000,
        _ => 200,
    };

    /// <summary>The error for one non-empty value, or null.</summary>
    public static string? Check(FormField field, string value)
    {
        // Length first: no further rule runs on a flood.
        var max = MaxLengthOf(field);
        if (value.Length > max) return $"{field.Label} maksimal {max} karakter (terisi {value.Length}).";
        var typeError = field.Type switch
        {
            FieldType.Nik => NikError(value),
            FieldType.Nip => NipError(value),
            FieldType.Number => ParseNumber(value) is null ? $"{field.Label} harus berupa angka." : RangeError(field, ParseNumber(value)!.Value),
            FieldType.Money => ParseNumber(value) is not { } money || money < 0 ? $"{field.Label} harus berupa nominal rupiah." : RangeError(field, money),
            FieldType.Date => ParseDate(value) is null ? $"{field.Label} harus tanggal yang sah (yyyy-mm-dd)." : null,
            FieldType.Choice => field.Options.Contains(value) ? null : $"{field.Label}: pilih salah satu pilihan yang tersedia.",
            FieldType.Phone => Phone().IsMatch(value) ? null : $"{field.Label} harus 8–15 digit angka (boleh diawali +62).",
            FieldType.Email => Email().IsMatch(value) ? null : $"{field.Label} bukan alamat email yang sah.",
            _ => null,
        };
        if (typeError is not null) return typeError;
        if (field.MinLength is { } min && value.Length < min) return $"{field.Label} minimal {min} karakter.";
        if (field.Pattern is { } pattern && !Regex.IsMatch(value, $"^(?:{pattern})$", RegexOptions.None, TimeSpan.FromMilliseconds(200)))
            return $"{field.Label} tidak sesuai format.";
        return null;
    }

    private static string? BirthDateError(FormField field, string value, DateOnly today) =>
        ParseDate(value) switch
        {
            { } born when born > today => $"{field.Label} tidak boleh setelah hari ini.",
            { } born when born < EarliestBirthDate => $"{field.Label} tidak boleh sebelum tahun {EarliestBirthDate.Year}.",
            _ => null,
        };

    /// <summary>The NIK's birth date digits (DDMMYY, day + 40 for women) against the birth date and gender given beside it.</summary>
    private static string? NikMismatch(FormField nik, string number, FormField? bornField, string? bornValue, FormField? genderField, string? gender)
    {
        var day = int.Parse(number[6..8], CultureInfo.InvariantCulture);
        var female = day > 40;
        if (bornField is not null && ParseDate(bornValue ?? "") is { } born
            && (born.Day != (female ? day - 40 : day) || born.Month != int.Parse(number[8..10], CultureInfo.InvariantCulture)
                || born.Year % 100 != int.Parse(number[10..12], CultureInfo.InvariantCulture)))
            return $"{nik.Label}: digit 7–12 ({number[6..12]}) tidak cocok dengan {bornField.Label} {born.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}"
                + (female ? " (untuk perempuan tanggal lahir ditambah 40)." : ".");
        if (genderField is not null && gender is not null && gender == GenderOptions[female ? 0 : 1])
            return $"{nik.Label}: digit 7–8 menunjukkan {(female ? "perempuan (tanggal + 40)" : "laki-laki")}, tetapi {genderField.Label} diisi {gender}.";
        return null;
    }

    /// <summary>The birth date and sex a valid NIK encodes; of the two centuries, the latest not after <paramref name="today"/>.</summary>
    public static (DateOnly Born, bool Female) NikBirth(string nik, DateOnly today)
    {
        var day = int.Parse(nik[6..8], CultureInfo.InvariantCulture);
        var female = day > 40;
        var month = int.Parse(nik[8..10], CultureInfo.InvariantCulture);
        var year = 2000 + int.Parse(nik[10..12], CultureInfo.InvariantCulture);
        if (year > today.Year || !IsDate(year, month, female ? day - 40 : day)) year -= 100;
        return (new DateOnly(year, month, female ? day - 40 : day), female);
    }

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// NIK: 16 digits; digits 1–6 the region code (not all zero), 7–12 the birth date DDMMYY with 40 added
    /// to the day for women, 13–16 a serial number (not 0000).
    /// </summary>
    public static string? NikError(string nik)
    {
        if (!SixteenDigits().IsMatch(nik)) return "NIK harus 16 digit angka.";
        if (nik[..6] == "000000") return "NIK: kode wilayah (6 digit pertama) tidak sah.";
        var day = int.Parse(nik[6..8], CultureInfo.InvariantCulture);
        if (day > 40) day -= 40;
        var month = int.Parse(nik[8..10], CultureInfo.InvariantCulture);
        var year = 2000 + int.Parse(nik[10..12], CultureInfo.InvariantCulture);
        // Two-digit year: both centuries are tried (a 29 February must exist in one of them).
        if (!IsDate(year, month, day) && !IsDate(year - 100, month, day))
            return "NIK: tanggal lahir (digit 7–12) tidak sah.";
        if (nik[12..] == "0000") return "NIK: nomor urut (4 digit terakhir) tidak sah.";
        return null;
    }

    /// <summary>
    /// NIP: 18 digits — birth date yyyyMMdd, appointment (TMT CPNS) yyyyMM, gender 1 (pria) or 2 (wanita),
    /// and a 3-digit serial number.
    /// </summary>
    public static string? NipError(string nip)
    {
        if (!EighteenDigits().IsMatch(nip)) return "NIP harus 18 digit angka.";
        if (!DateOnly.TryParseExact(nip[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born))
            return "NIP: tanggal lahir (digit 1–8) tidak sah.";
        var appointedYear = int.Parse(nip[8..12], CultureInfo.InvariantCulture);
        var appointedMonth = int.Parse(nip[12..14], CultureInfo.InvariantCulture);
        if (appointedMonth is < 1 or > 12 || appointedYear < born.Year + 15)
            return "NIP: TMT pengangkatan (digit 9–14) tidak sah.";
        if (nip[14] is not ('1' or '2')) return "NIP: digit jenis kelamin (digit 15) harus 1 atau 2.";
        return null;
    }

    private static string? RangeError(FormField field, decimal number)
    {
        if (field.Min is { } min && number < min) return $"{field.Label} minimal {min.ToString(Indonesian)}.";
        if (field.Max is { } max && number > max) return $"{field.Label} maksimal {max.ToString(Indonesian)}.";
        return null;
    }

    /// <summary>Accepts "1500000", "1500000.5" and Indonesian "1.500.000,50".</summary>
    private static decimal? ParseNumber(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && !value.Contains(',', StringComparison.Ordinal) && value.Count(c => c == '.') <= 1
            ? n
            : decimal.TryParse(value, NumberStyles.Number, Indonesian, out n) ? n : null;

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    [GeneratedRegex(@"^\d{16}$")]
    private static partial Regex SixteenDigits();

    [GeneratedRegex(@"^\d{18}$")]
    private static partial Regex EighteenDigits();

    [GeneratedRegex(@"^(\+62|0)?\d{8,15}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
