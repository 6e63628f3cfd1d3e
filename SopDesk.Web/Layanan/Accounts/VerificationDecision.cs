using System.Collections.Immutable;
using SopDesk.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// Decides an open verification berkas as a given officer, straight through the engine and the store: for the demo data
/// (no signed-in officer at seeding) and tests. Officers decide through the berkas page like any SOP step.
/// </summary>
public static class VerificationDecision
{
    public static async Task<bool> DecideAsync(SopDeskDbContext db, DefinitionCatalog catalog, Guid caseId, Actor officer, string outcomeId,
        string? note, DateTimeOffset now, SopDesk.Workflows.Calendar.WorkingCalendar calendar)
    {
        var state = await new CaseStore(db).LoadAsync(caseId);
        if (state?.OpenItem is not { } open) return false;
        var definition = await catalog.GetVersionAsync(state.DefinitionId, state.DefinitionHash);
        var result = new CaseInterpreter(calendar).Execute(definition, state, new CompleteStep(open.Id, outcomeId, ImmutableDictionary<string, string>.Empty, note),
            officer, OfficeContext.Normal, now);
        return result is Accepted accepted && await new CaseStore(db).ApplyAsync(accepted, definition, calendar.Zone) is Applied;
    }
}
