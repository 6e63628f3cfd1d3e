using System.Globalization;
using SopDesk.Data.LaborMarket;

namespace SopDesk.Web.Layanan.Jobs.Listing;

/// <summary>
/// The listing's GET parameters (q, lokasi, pendidikan, jabatan, sektor, hal) read leniently: a value the lists do not
/// know is dropped with a calm note, never an error, so an old or edited link still shows vacancies.
/// </summary>
public sealed record ListingFilters(string Text, string Location, string Education, string Position, string Sector, int Page,
    IReadOnlyList<string> Notes)
{
    public const string Path = "/layanan/lowongan";
    public const int PageSize = 20;
    private const int MaxText = 100;

    public static ListingFilters Read(string? q, string? lokasi, string? pendidikan, string? jabatan, string? sektor, string? hal)
    {
        var notes = new List<string>();
        var location = (lokasi ?? "").Trim();
        if (location.Length > 0 && (!Regions.IsKnown(location) || location == Regions.Anywhere))
        {
            notes.Add($"Lokasi \"{Short(location)}\" tidak kami kenal; filter lokasi tidak dipakai.");
            location = "";
        }
        var education = (pendidikan ?? "").Trim();
        if (education.Length > 0 && !EducationLevels.All.Any(e => e.Label == education && e.Level != EducationLevel.Any))
        {
            notes.Add($"Jenjang pendidikan \"{Short(education)}\" tidak kami kenal; filter pendidikan tidak dipakai.");
            education = "";
        }
        var sector = (sektor ?? "").Trim().ToUpperInvariant();
        if (sector.Length > 0 && !Sectors.IsKnown(sector))
        {
            notes.Add($"Sektor \"{Short(sektor!.Trim())}\" tidak kami kenal; filter sektor tidak dipakai.");
            sector = "";
        }
        var page = 1;
        var pageText = (hal ?? "").Trim();
        if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
        {
            notes.Add($"Nomor halaman \"{Short(pageText)}\" tidak dapat dibaca; ditampilkan halaman 1.");
            page = 1;
        }
        return new ListingFilters(Trim(q), location, education, Trim(jabatan), sector, page, notes);
    }

    public VacancyQuery Query() => new(Text.Length > 0 ? Text : null, Location.Length > 0 ? Location : null,
        Education.Length > 0 ? EducationLevels.Parse(Education) : null, Position.Length > 0 ? Position : null,
        Sector.Length > 0 ? Sector : null, Page, PageSize);

    /// <summary>How many of the four filters (not the text) are set.</summary>
    public int FilterCount => new[] { Location, Education, Position, Sector }.Count(v => v.Length > 0);

    public bool Any => Text.Length > 0 || Location.Length > 0 || Education.Length > 0 || Position.Length > 0 || Sector.Length > 0;

    /// <summary>This search's address on page <paramref name="page"/> (empty filters left out, so links stay short).</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        void Add(string name, string value)
        {
            if (value.Length > 0) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("q", Text);
        Add("lokasi", Location);
        Add("pendidikan", Education);
        Add("jabatan", Position);
        Add("sektor", Sector);
        if (page > 1) Add("hal", page.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? Path : $"{Path}?{string.Join('&', parts)}";
    }

    private static string Trim(string? value)
    {
        var text = (value ?? "").Trim();
        return text.Length > MaxText ? text[..MaxText] : text;
    }

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
