using System.Collections.Immutable;
using SopDesk.Data;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Drives demo berkas of the job market (lowongan, AK1) through the real engine and store, as DemoCases does for the other SOPs:
/// each step by the demo officer of its lane, who has read the berkas, with every checklist item ticked.
/// </summary>
internal sealed class DemoLaborMarketBerkas(SopDeskDbContext db, WorkingCalendar calendar, IReadOnlyDictionary<string, Actor> staffByRole)
{
    private readonly CaseInterpreter _engine = new(calendar);
    private readonly CaseStore _store = new(db);

    public Actor Officer(SopDefinition definition, Step step) => staffByRole[definition.Lane(step.Lane).Roles[0]];

    public Task<CaseState> StartAsync(SopDefinition definition, Guid caseId, ImmutableDictionary<string, string> values, Actor actor, DateTimeOffset at) =>
        ApplyAsync(definition, _engine.Start(definition, new StartCase(caseId, values, null), actor, OfficeContext.Normal, at));

    /// <summary>Completes the open step with <paramref name="outcome"/>; the step's fields from <paramref name="values"/> (missing ones as the berkas holds them).</summary>
    public Task<CaseState> CompleteAsync(SopDefinition definition, CaseState state, string? outcome, DateTimeOffset at,
        IReadOnlyDictionary<string, string>? values = null, string? note = null)
    {
        var item = state.OpenItem ?? throw new InvalidOperationException("Demo berkas has no open step.");
        var step = definition.Step(item.StepId);
        var actor = Officer(definition, step);
        state = state.WithReaders([actor.UserId]);
        var stepValues = step.Fields.Where(f => values?.ContainsKey(f.Id) == true || state.Data.ContainsKey(f.Id))
            .ToImmutableDictionary(f => f.Id, f => values?.GetValueOrDefault(f.Id) ?? state.Data[f.Id]);
        if (!step.Checklist.IsDefaultOrEmpty)
            stepValues = stepValues.Add(ChecklistTicks.Key, ChecklistTicks.Encode(step.Checklist.Select(i => i.Item)));
        return ApplyAsync(definition, _engine.Execute(definition, state, new CompleteStep(item.Id, outcome, stepValues, note), actor, OfficeContext.Normal, at));
    }

    /// <summary>An instant <paramref name="after"/> of office time later than <paramref name="at"/>.</summary>
    public DateTimeOffset Later(DateTimeOffset at, TimeSpan after) => calendar.AddOfficeTime(at, after);

    /// <summary>The first office opening at or after <paramref name="at"/>, plus <paramref name="into"/> of office time.</summary>
    public DateTimeOffset OfficeHour(DateTimeOffset at, TimeSpan into) => calendar.AddOfficeTime(calendar.NextOpening(at), into);

    private async Task<CaseState> ApplyAsync(SopDefinition definition, EngineResult result)
    {
        if (result is Refused refused)
            throw new InvalidOperationException($"Demo job market berkas refused by the engine: {refused.Reason} {refused.Message} {string.Join("; ", refused.FieldErrors)}");
        var accepted = (Accepted)result;
        if (await _store.ApplyAsync(accepted, definition, calendar.Zone) is not Applied)
            throw new InvalidOperationException("Demo job market berkas could not be stored.");
        return accepted.State;
    }
}
