using System.Security.Claims;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Cases;

/// <summary>Changes of hands on an open item: claim, release, reassignment, disposisi and its withdrawal.</summary>
public sealed partial class CaseService
{
    public Task<CommandOutcome> ClaimAsync(Guid caseId, Guid workItemId, ClaimsPrincipal user, CancellationToken ct = default) =>
        ActAsync(caseId, new ClaimItem(workItemId), user, ct);

    public Task<CommandOutcome> ReleaseAsync(Guid caseId, Guid workItemId, ClaimsPrincipal user, CancellationToken ct = default) =>
        ActAsync(caseId, new ReleaseItem(workItemId), user, ct);

    public Task<CommandOutcome> WithdrawDisposisiAsync(Guid caseId, Guid workItemId, ClaimsPrincipal user, CancellationToken ct = default) =>
        ActAsync(caseId, new WithdrawDisposisi(workItemId), user, ct);

    public async Task<CommandOutcome> ReassignAsync(Guid caseId, Guid workItemId, string toUserId, string reason, ClaimsPrincipal user, CancellationToken ct = default) =>
        await staff.FindAsync(toUserId, ct) is { } to
            ? await ActAsync(caseId, new ReassignItem(workItemId, to, reason), user, ct)
            : CommandOutcome.Failed("Pegawai tujuan tidak ditemukan atau tidak aktif.");

    public async Task<CommandOutcome> DisposeAsync(Guid caseId, Guid workItemId, string toUserId, string instruction, ClaimsPrincipal user, CancellationToken ct = default) =>
        await staff.FindAsync(toUserId, ct) is { } to
            ? await ActAsync(caseId, new DisposeItem(workItemId, to, instruction), user, ct)
            : CommandOutcome.Failed("Pegawai tujuan disposisi tidak ditemukan atau tidak aktif.");
}
