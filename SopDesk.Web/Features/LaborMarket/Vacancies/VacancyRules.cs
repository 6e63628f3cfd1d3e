using System.Globalization;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>The checked values of a vacancy form, ready to be written on a <see cref="VacancyRecord"/>.</summary>
public sealed record VacancyDraft(string CompanyName, string Position, string Description, int Openings, string Location, string Sector,
    EducationLevel Education, string Majors, string Skills, int ExperienceYears, int? AgeMin, int? AgeMax, string? AgeReason,
    string? Gender, string? GenderReason, long SalaryMin, long? SalaryMax, DateOnly ClosesOn, string ContactName, string ContactPhone,
    string? ContactEmail)
{
    public void ApplyTo(VacancyRecord v)
    {
        v.CompanyName = CompanyName; v.Position = Position; v.Description = Description; v.Openings = Openings; v.Location = Location;
        v.Sector = Sector; v.EducationMin = (int)Education; v.Majors = Majors; v.Skills = Skills; v.ExperienceYears = ExperienceYears;
        v.AgeMin = AgeMin; v.AgeMax = AgeMax; v.AgeReason = AgeReason; v.Gender = Gender; v.GenderReason = GenderReason;
        v.SalaryMin = SalaryMin; v.SalaryMax = SalaryMax; v.ClosesOn = ClosesOn;
        v.ContactName = ContactName; v.ContactPhone = ContactPhone; v.ContactEmail = ContactEmail;
    }
}

/// <summary>A checked form: the errors by <see cref="VacancyInput"/> property name, or the draft when there are none.</summary>
public sealed record VacancyCheck(IReadOnlyDictionary<string, string> Errors, VacancyDraft? Draft)
{
    public bool Ok => Draft is not null;
}

/// <summary>
/// The one place a vacancy's rules live (employer's report, officer's canvassing, the fix after "perbaiki"), with an Indonesian
/// message per field. Age and gender limits only with the job's reason (UU 13/2003 Pasal 5–6); the closing date after today and
/// at most <see cref="MaxOpenDays"/> days ahead (decision 024). Wage: min ≤ max only; the verifier compares it with the minimum wage.
/// </summary>
public static class VacancyRules
{
    public const int MaxOpenDays = 90;
    public const int MinAge = 18, MaxAge = 65, MaxExperience = 40, MaxOpenings = 1000;
    public const string Male = "Laki-laki", Female = "Perempuan", BothGenders = "Laki-laki dan perempuan";

    public const string CompanyRequired = "Nama perusahaan wajib diisi.";
    public const string PositionRequired = "Jabatan wajib diisi.";
    public const string DescriptionRequired = "Uraian pekerjaan wajib diisi: tugas utama dan syarat kerja.";
    public const string OpeningsInvalid = "Jumlah lowongan harus angka 1 sampai 1.000.";
    public const string LocationInvalid = "Pilih lokasi kerja dari daftar.";
    public const string SectorInvalid = "Pilih sektor usaha dari daftar.";
    public const string EducationInvalid = "Pilih pendidikan minimal dari daftar.";
    public const string ExperienceInvalid = "Pengalaman kerja harus angka tahun, 0 sampai 40.";
    public const string AgeInvalid = "Batas usia harus angka 18 sampai 65 tahun.";
    public const string AgeOrder = "Usia minimal tidak boleh lebih dari usia maksimal.";
    public const string AgeReasonRequired = "Tuliskan mengapa jabatan ini memerlukan batas usia, atau kosongkan batas usia.";
    public const string GenderInvalid = "Pilih jenis kelamin dari daftar.";
    public const string GenderReasonRequired = "Tuliskan mengapa jabatan ini hanya untuk satu jenis kelamin, atau pilih \"Laki-laki dan perempuan\".";
    public const string SalaryRequired = "Upah minimal per bulan wajib diisi (rupiah), misalnya 3.500.000.";
    public const string SalaryInvalid = "Upah harus nominal rupiah, misalnya 3.500.000.";
    public const string SalaryOrder = "Upah minimal tidak boleh lebih dari upah maksimal.";
    public const string ClosesRequired = "Tanggal penutupan wajib diisi.";
    public const string ClosesInvalid = "Tanggal penutupan harus tanggal yang sah.";
    public const string ClosesPast = "Tanggal penutupan harus setelah hari ini.";
    public const string ContactNameRequired = "Nama narahubung wajib diisi.";
    public const string ContactPhoneRequired = "Nomor telepon narahubung wajib diisi.";

    public static string ClosesTooFar(DateOnly today) =>
        $"Tanggal penutupan paling lambat {MaxOpenDays} hari dari hari ini ({today.AddDays(MaxOpenDays).ToString("d MMMM yyyy", OfficeTime.Indonesian)}).";

    public static string TooLong(string label, int max) => $"{label} maksimal {max} karakter.";

    /// <summary>Checks <paramref name="input"/>; <paramref name="companyName"/> given (the employer account's) wins over the typed one.</summary>
    public static VacancyCheck Check(VacancyInput input, DateOnly today, string? companyName = null)
    {
        var errors = new Dictionary<string, string>();
        void Fail(string field, string message) => errors.TryAdd(field, message);

        var company = Text(companyName ?? input.CompanyName);
        if (company.Length == 0) Fail(nameof(input.CompanyName), CompanyRequired);
        else if (company.Length > 150) Fail(nameof(input.CompanyName), TooLong("Nama perusahaan", 150));

        var position = Text(input.Position);
        if (position.Length == 0) Fail(nameof(input.Position), PositionRequired);
        else if (position.Length > 100) Fail(nameof(input.Position), TooLong("Jabatan", 100));

        var description = input.Description?.Trim() ?? "";
        if (description.Length == 0) Fail(nameof(input.Description), DescriptionRequired);
        else if (description.Length > 4000) Fail(nameof(input.Description), TooLong("Uraian pekerjaan", 4000));

        var openings = Number(input.Openings);
        if (openings is not (>= 1 and <= MaxOpenings)) Fail(nameof(input.Openings), OpeningsInvalid);

        var location = Text(input.Location);
        if (!Regions.IsKnown(location)) Fail(nameof(input.Location), LocationInvalid);

        var sector = Text(input.Sector).ToUpperInvariant();
        if (!Sectors.IsKnown(sector)) Fail(nameof(input.Sector), SectorInvalid);

        var educationText = Text(input.Education);
        if (!EducationLevels.All.Any(e => e.Label == educationText)) Fail(nameof(input.Education), EducationInvalid);

        var majors = List(input.Majors);
        if (majors.Length > 500) Fail(nameof(input.Majors), TooLong("Jurusan", 500));
        var skills = List(input.Skills);
        if (skills.Length > 500) Fail(nameof(input.Skills), TooLong("Keterampilan", 500));

        var experience = string.IsNullOrWhiteSpace(input.ExperienceYears) ? 0 : Number(input.ExperienceYears);
        if (experience is not (>= 0 and <= MaxExperience)) Fail(nameof(input.ExperienceYears), ExperienceInvalid);

        var (ageMin, ageMax, ageReason) = (Optional(input.AgeMin), Optional(input.AgeMax), Text(input.AgeReason));
        var hasAge = !string.IsNullOrWhiteSpace(input.AgeMin) || !string.IsNullOrWhiteSpace(input.AgeMax);
        if (hasAge)
        {
            if (!string.IsNullOrWhiteSpace(input.AgeMin) && ageMin is not (>= MinAge and <= MaxAge)) Fail(nameof(input.AgeMin), AgeInvalid);
            if (!string.IsNullOrWhiteSpace(input.AgeMax) && ageMax is not (>= MinAge and <= MaxAge)) Fail(nameof(input.AgeMax), AgeInvalid);
            if (ageMin is { } lo && ageMax is { } hi && lo > hi) Fail(nameof(input.AgeMin), AgeOrder);
            if (ageReason.Length == 0) Fail(nameof(input.AgeReason), AgeReasonRequired);
            else if (ageReason.Length > 300) Fail(nameof(input.AgeReason), TooLong("Alasan batas usia", 300));
        }

        var gender = Text(input.Gender);
        if (gender == BothGenders) gender = "";
        var genderReason = Text(input.GenderReason);
        if (gender is not ("" or Male or Female)) Fail(nameof(input.Gender), GenderInvalid);
        else if (gender.Length > 0 && genderReason.Length == 0) Fail(nameof(input.GenderReason), GenderReasonRequired);
        else if (genderReason.Length > 300) Fail(nameof(input.GenderReason), TooLong("Alasan jenis kelamin", 300));

        long? salaryMin = null, salaryMax = null;
        if (string.IsNullOrWhiteSpace(input.SalaryMin)) Fail(nameof(input.SalaryMin), SalaryRequired);
        else if ((salaryMin = ParseRupiah(input.SalaryMin)) is null) Fail(nameof(input.SalaryMin), SalaryInvalid);
        if (!string.IsNullOrWhiteSpace(input.SalaryMax) && (salaryMax = ParseRupiah(input.SalaryMax)) is null) Fail(nameof(input.SalaryMax), SalaryInvalid);
        if (salaryMin is { } sMin && salaryMax is { } sMax && sMin > sMax) Fail(nameof(input.SalaryMax), SalaryOrder);

        DateOnly closes = default;
        if (string.IsNullOrWhiteSpace(input.ClosesOn)) Fail(nameof(input.ClosesOn), ClosesRequired);
        else if (!DateOnly.TryParseExact(input.ClosesOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out closes))
            Fail(nameof(input.ClosesOn), ClosesInvalid);
        else if (closes <= today) Fail(nameof(input.ClosesOn), ClosesPast);
        else if (closes > today.AddDays(MaxOpenDays)) Fail(nameof(input.ClosesOn), ClosesTooFar(today));

        var contactName = Text(input.ContactName);
        if (contactName.Length == 0) Fail(nameof(input.ContactName), ContactNameRequired);
        else if (contactName.Length > 100) Fail(nameof(input.ContactName), TooLong("Nama narahubung", 100));
        string? phone = null;
        if (string.IsNullOrWhiteSpace(input.ContactPhone)) Fail(nameof(input.ContactPhone), ContactPhoneRequired);
        else if ((phone = PublicAccountRules.PhoneE164(input.ContactPhone)) is null) Fail(nameof(input.ContactPhone), PublicAccountRules.PhoneMessage);
        var email = Text(input.ContactEmail);
        if (email.Length > 0 && PublicAccountRules.EmailError(email) is { } emailError) Fail(nameof(input.ContactEmail), emailError);

        if (errors.Count > 0) return new(errors, null);
        return new(errors, new VacancyDraft(company, position, description, openings!.Value, location, sector, EducationLevels.Parse(educationText),
            majors, skills, experience!.Value, ageMin, ageMax, hasAge ? ageReason : null, gender.Length > 0 ? gender : null,
            gender.Length > 0 ? genderReason : null, salaryMin!.Value, salaryMax, closes, contactName, phone!, email.Length > 0 ? email : null));
    }

    /// <summary>"3.500.000" (id-ID grouping).</summary>
    public static string Rupiah(long amount) => amount.ToString("#,0", OfficeTime.Indonesian);

    /// <summary>A rupiah amount as people type it: "3500000", "3.500.000", "Rp 3.500.000"; null when it is not one.</summary>
    public static long? ParseRupiah(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) t = t[2..].TrimStart('.', ' ');
        t = t.Replace(".", "").Replace(" ", "");
        if (t.EndsWith(",00", StringComparison.Ordinal)) t = t[..^3];
        return t.Length is > 0 and <= 13 && t.All(char.IsAsciiDigit) ? long.Parse(t, CultureInfo.InvariantCulture) : null;
    }

    private static string Text(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A comma list tidied: each item trimmed, empty and repeated items dropped ("las,  bubut ,las" → "las, bubut").</summary>
    public static string List(string? value) =>
        string.Join(", ", (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Text)
            .Distinct(StringComparer.OrdinalIgnoreCase));

    private static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : Number(value);
}
