using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>A vacancy's full description as label/value lines: the berkas panel, the desk's detail and the employer's page show the same.</summary>
public static class VacancyFacts
{
    /// <summary>How the journal names a vacancy: "#12 Operator Produksi — PT Contoh (0001/LOKER/DISPMPTSPTK/2026)".</summary>
    public static string Describe(VacancyRecord vacancy) =>
        $"#{vacancy.Id} {vacancy.Position} — {vacancy.CompanyName}" + (vacancy.RegisterNumber is { } number ? $" ({number})" : "");

    public static IReadOnlyList<(string Label, string Value)> Of(VacancyRecord v) =>
    [
        ("Perusahaan", v.CompanyName),
        ("Sektor", $"{v.Sector} — {Sectors.Name(v.Sector)}"),
        ("Jabatan", v.Position),
        ("Uraian pekerjaan", v.Description),
        ("Jumlah lowongan", v.Openings.ToString("#,0", SopDesk.Web.Features.Shared.OfficeTime.Indonesian)),
        ("Lokasi kerja", v.Location),
        ("Pendidikan minimal", EducationLevels.Label(v.EducationMin)),
        ("Jurusan", Or(v.Majors, "Semua jurusan")),
        ("Keterampilan", Or(v.Skills, "–")),
        ("Pengalaman kerja", v.ExperienceYears == 0 ? "Tidak disyaratkan" : $"{v.ExperienceYears} tahun"),
        ("Batas usia", Age(v)),
        ("Jenis kelamin", v.Gender is null ? VacancyRules.BothGenders : $"{v.Gender} — alasan: {v.GenderReason}"),
        ("Upah per bulan", Salary(v)),
        ("Tanggal penutupan", VacancyStatusText.Day(v.ClosesOn)),
        ("Narahubung", string.Join(", ", new[] { v.ContactName, v.ContactPhone, v.ContactEmail }.Where(s => !string.IsNullOrWhiteSpace(s)))),
        ("Sumber", VacancyValues.SourceLabel(v.Source)),
    ];

    public static string Age(VacancyRecord v) => (v.AgeMin, v.AgeMax) switch
    {
        (null, null) => "Tidak dibatasi",
        ({ } lo, { } hi) => $"{lo}–{hi} tahun — alasan: {v.AgeReason}",
        ({ } lo, null) => $"paling rendah {lo} tahun — alasan: {v.AgeReason}",
        (null, { } hi) => $"paling tinggi {hi} tahun — alasan: {v.AgeReason}",
    };

    public static string Salary(VacancyRecord v) => (v.SalaryMin, v.SalaryMax) switch
    {
        ({ } lo, { } hi) when hi != lo => $"Rp {VacancyRules.Rupiah(lo)} – Rp {VacancyRules.Rupiah(hi)}",
        ({ } lo, _) => $"Rp {VacancyRules.Rupiah(lo)}",
        _ => "–",
    };

    private static string Or(string value, string empty) => string.IsNullOrWhiteSpace(value) ? empty : value;
}
