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
            EndKind.Rejected => Color.Error,
            EndKind.Returned or EndKind.Cancelled => Color.Default,
            _ => Color.Success,
        },
    };

    /// <summary>How each kind of end reads (the end's own label says more, e.g. "Ditolak — permohonan tidak memenuhi syarat").</summary>
    public static string EndKindLabel(EndKind kind) => kind switch
    {
        EndKind.Completed => "Selesai",
        EndKind.Returned => "Dikembalikan",
        EndKind.Rejected => "Ditolak",
        EndKind.Settled => "Damai",
        _ => "Dibatalkan",
    };

    public static readonly IReadOnlyDictionary<CaseStatus, string> Statuses = new Dictionary<CaseStatus, string>
    {
        [CaseStatus.Active] = "Dalam proses",
        [CaseStatus.WaitingOnApplicant] = "Menunggu pemohon",
        [CaseStatus.Closed] = "Selesai / ditutup",
    };

    /// <summary>The berkas list's status filter: the three states, then closed berkas by how they ended (value = end kind).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> StatusFilters =
    [
        .. Statuses.Select(s => (s.Key.ToString(), s.Value)),
        (nameof(EndKind.Rejected), EndKindLabel(EndKind.Rejected)),
        (nameof(EndKind.Returned), EndKindLabel(EndKind.Returned)),
    ];
}
