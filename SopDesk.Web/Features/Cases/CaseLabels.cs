using SopDesk.Workflows.Definitions;
using MudBlazor;

namespace SopDesk.Web.Features.Cases;

/// <summary>How a berkas's state reads to staff, in Bahasa Indonesia.</summary>
public static class CaseLabels
{
    public static string Status(string status, string? endId, SopDefinition? definition) => status switch
    {
        "Active" => "Dalam proses",
        "WaitingOnApplicant" => "Menunggu pemohon",
        _ => definition?.Ends.FirstOrDefault(e => e.Id == endId)?.Label.Split('—')[0].Trim() ?? "Selesai",
    };

    public static Color StatusColor(string status, string? endId, SopDefinition? definition) => status switch
    {
        "Active" => Color.Info,
        "WaitingOnApplicant" => Color.Warning,
        _ => definition?.Ends.FirstOrDefault(e => e.Id == endId)?.Kind switch
        {
            EndKind.Returned or EndKind.Cancelled => Color.Default,
            _ => Color.Success,
        },
    };

    public static readonly IReadOnlyDictionary<string, string> Statuses = new Dictionary<string, string>
    {
        ["Active"] = "Dalam proses",
        ["WaitingOnApplicant"] = "Menunggu pemohon",
        ["Closed"] = "Selesai / ditutup",
    };
}
