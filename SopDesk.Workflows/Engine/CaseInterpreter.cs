using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Workflows.Engine;

/// <summary>
/// The interpreter: (definition, case state, command, actor, office context, now) → new state + journal,
/// or a typed refusal. No I/O; time comes in as <c>now</c>; due instants come from the calendar.
/// </summary>
public sealed class CaseInterpreter(WorkingCalendar calendar)
{
    public WorkingCalendar Calendar { get; } = calendar;

    public EngineResult Start(SopDefinition definition, StartCase command, Actor actor, OfficeContext office, DateTimeOffset now) =>
        throw new NotImplementedException();

    public EngineResult Execute(SopDefinition definition, CaseState state, CaseCommand command, Actor actor, OfficeContext office, DateTimeOffset now) =>
        throw new NotImplementedException();

    /// <summary>What <paramref name="actor"/> may do on the case now (empty when nothing).</summary>
    public IReadOnlyList<AllowedAction> AllowedActions(SopDefinition definition, CaseState state, Actor actor, OfficeContext office) =>
        throw new NotImplementedException();

    /// <summary>May the actor start a case of this definition (i.e. act in its first step)?</summary>
    public bool MayStart(SopDefinition definition, Actor actor, OfficeContext office) =>
        throw new NotImplementedException();
}
