using System.Globalization;
using SopDesk.Data.Entities;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Features.LaborMarket.Vacancies;

/// <summary>
/// The summary a vacancy gives the lowongan SOP's first step "lapor" (and so the wajib-lapor register's columns): the step's
/// field ids with the SOP's own option labels; the date as the desk's date fields store it (yyyy-MM-dd).
/// </summary>
public static class VacancyValues
{
    public const string DefinitionId = "lowongan";
    public const string RegisterId = "register-lowongan";
    public const string PublishedEnd = "terbit";

    public static string SourceLabel(VacancySource source) => source switch
    {
        VacancySource.Canvassed => "Kanvas petugas",
        VacancySource.OnBehalf => "Dicatat petugas atas nama pemberi kerja",
        _ => "Dilaporkan pemberi kerja",
    };

    public static Dictionary<string, string> Lapor(VacancyRecord v)
    {
        var values = new Dictionary<string, string>
        {
            ["perusahaan"] = Cut(v.CompanyName, 150),
            ["jabatan"] = Cut(v.Position, 100),
            ["jumlah"] = v.Openings.ToString(CultureInfo.InvariantCulture),
            ["lokasi"] = v.Location,
            ["pendidikan"] = EducationLevels.Label(v.EducationMin),
            ["tanggalTutup"] = v.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sumber"] = SourceLabel(v.Source),
        };
        var contact = string.Join(", ", new[] { v.ContactName, v.ContactPhone, v.ContactEmail }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (contact.Length > 0) values["narahubung"] = Cut(contact, 150);
        return values;
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
