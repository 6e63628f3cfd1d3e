using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Layanan.Shell;

/// <summary>The services published on /layanan: every current SOP whose file declares itself online for an application, in the catalog's order.</summary>
public static class PublicServices
{
    public static IReadOnlyList<SopDefinition> Applications(DefinitionCatalog catalog) =>
        [.. catalog.Current.Where(d => d.Online?.Purpose == OnlinePurpose.Application)];

    /// <summary>The complaint service (H5's SOP file), when it is loaded.</summary>
    public static SopDefinition? Complaints(DefinitionCatalog catalog) =>
        catalog.Current.FirstOrDefault(d => d.Online?.Purpose == OnlinePurpose.Complaint);

    public static string AudienceText(OnlineService online) =>
        online.Audience.IsDefaultOrEmpty ? "Semua orang"
            : string.Join(", ", online.Audience.Select(a => a switch
            {
                OnlineAudience.PencariKerja => "pencari kerja",
                OnlineAudience.PemberiKerja => "pemberi kerja",
                _ => "umum",
            }));

    /// <summary>"2 hari kerja", "5 menit": the target in the unit the office counts it in (TimeTarget's own unit names).</summary>
    public static string TimeText(TimeTarget target) => $"{target.Amount} {TimeTarget.UnitName(target.Unit)}";

    public static string AcceptText(UploadDefinition upload) =>
        $"{string.Join(", ", upload.Accept.Select(t => t.ToString().ToUpperInvariant()))}, paling besar {FileSize(upload.MaxKb)}";

    private static string FileSize(int kb) => kb >= 1024 && kb % 1024 == 0 ? $"{kb / 1024} MB" : $"{kb} KB";
}
