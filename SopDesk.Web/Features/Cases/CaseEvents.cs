namespace SopDesk.Web.Features.Cases;

/// <summary>
/// Tells open pages (inboxes, the nav bar's counts, a berkas page) that a berkas changed, so they reload
/// without a refresh. One instance per app: every Blazor circuit of this server hears every change.
/// </summary>
public sealed class CaseEvents(ILogger<CaseEvents> logger)
{
    public event Action<Guid>? CaseChanged;

    public void Publish(Guid caseId)
    {
        // One broken listener (a closing circuit) must not keep the others from hearing, nor fail the write.
        foreach (var listener in CaseChanged?.GetInvocationList().Cast<Action<Guid>>() ?? [])
        {
            try { listener(caseId); }
            catch (Exception e) { logger.LogWarning(e, "A listener failed on the change of berkas {CaseId}", caseId); }
        }
    }
}
