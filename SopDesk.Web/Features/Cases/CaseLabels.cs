using SopDesk.Workflows.Definitions;
using MudBlazor;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>How a berkas's state reads to staff, in Bahasa Indonesia.</summary>
public static class CaseLabels
{
    public static string Status(CaseStatus status, string? endId, SopDefinition? definition) => status switch
    {
        CaseStatus.Active => "Dalam proses",
        CaseStatus.WaitingOnApplicant => "Menunggu pemohon",
        _ => definition?.Ends.FirstOrDefault(e => e.Id == endId)?.Label.Split('—')[0].Trim() ?? "Selesai",
    };

    public static Color StatusColor(CaseStatus status, string? endId, SopDefinition? definition) => status switch
    {
        CaseStatus.Active => Color.Info,
        CaseStatus.WaitingOnApplicant => Color.Warning,
        _ => definition?.Ends.FirstOrDefault(e => e.Id == endId)?.Kind switch
        {
            EndKind.Returned or EndKind.Cancelled => Color.Default,
            _ => Color.Success,
        },
    };

    public static readonly IReadOnlyDictionary<CaseStatus, string> Statuses = new Dictionary<CaseStatus, string>
    {
        [CaseStatus.Active] = "Dalam proses",
        [CaseStatus.WaitingOnApplicant] = "Menunggu pemohon",
        [CaseStatus.Closed] = "Selesai / ditutup",
    };
}
