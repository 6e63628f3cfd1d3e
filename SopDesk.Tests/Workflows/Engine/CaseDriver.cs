using System.Collections.Immutable;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// Drives one case through the interpreter the way officers would, keeping the state between commands
/// (the tests play the caller that owns the state).
/// </summary>
internal sealed class CaseDriver
{
    public static readonly ImmutableDictionary<string, SopDefinition> Definitions =
        SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder).Definitions.ToImmutableDictionary(d => d.Id);

    public static readonly DateTimeOffset Monday9 = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(7));

    public CaseDriver(string definitionId, OfficeContext? office = null) : this(Definitions[definitionId], office)
    {
    }

    /// <summary>A driver on a given definition (e.g. an older version of a file).</summary>
    public CaseDriver(SopDefinition definition, OfficeContext? office = null)
    {
        Definition = definition;
        Interpreter = new CaseInterpreter(new WorkingCalendar(CalendarSettings.Default, []));
        Office = office ?? OfficeContext.Normal;
    }

    public SopDefinition Definition { get; }
    public CaseInterpreter Interpreter { get; }
    public OfficeContext Office { get; set; }
    public CaseState? State { get; private set; }
    public DateTimeOffset Now { get; set; } = Monday9;
    public List<JournalEntry> Journal { get; } = [];
    /// <summary>Whether the acting officer reads the berkas before completing a step (a sign step needs it).</summary>
    public bool ReadsFirst { get; set; } = true;

    public static Actor As(string role) => Actor.Of($"user-{role}", $"Pegawai {role}", role);

    /// <summary>The role that normally acts on the open step (the lane's first role).</summary>
    public string LaneRole => Definition.Lane(Definition.Step(State!.OpenItem!.StepId).Lane).Roles[0];

    public EngineResult TryStart(string? role = null, ImmutableDictionary<string, string>? values = null)
    {
        var first = Definition.FirstStep;
        var result = Interpreter.Start(Definition,
            new StartCase(Guid.NewGuid(), values ?? SampleValues.For(first), null),
            As(role ?? Definition.Lane(first.Lane).Roles[0]), Office, Now);
        Keep(result);
        return result;
    }

    public Accepted Start() => TryStart().ShouldBeOfType<Accepted>();

    public EngineResult Try(string? role, string? outcome = null, string? note = null, ImmutableDictionary<string, string>? values = null, Guid? itemId = null)
    {
        var step = Definition.Step(State!.OpenItem!.StepId);
        var actor = As(role ?? LaneRole);
        var result = Interpreter.Execute(Definition, ReadBy(actor),
            new CompleteStep(itemId ?? State.OpenItem.Id, outcome, values ?? SampleValues.For(step), note), actor, Office, Now);
        Keep(result);
        return result;
    }

    /// <summary>Completes the open step as its lane's role; fails the test when refused.</summary>
    public Accepted Do(string? outcome = null, string? note = null, string? role = null)
    {
        var result = Try(role, outcome, note);
        if (result is Refused refused) throw new ShouldAssertException($"refused: {refused.Reason} {refused.Message} {string.Join("; ", refused.FieldErrors)}");
        Now = Now.AddMinutes(3);
        return (Accepted)result;
    }

    /// <summary>
    /// Walks a path written as "step:outcome &gt; step &gt; …", checking at each hop that the open step is
    /// the one named, and completing it with the outcome given (none for a single way on).
    /// </summary>
    public void Walk(string path)
    {
        foreach (var hop in path.Split('>', StringSplitOptions.TrimEntries))
        {
            var parts = hop.Split(':');
            State!.OpenItem.ShouldNotBeNull($"the case closed before '{hop}'");
            State.OpenItem.StepId.ShouldBe(parts[0]);
            Do(parts.Length > 1 ? parts[1] : null, parts.Length > 1 && RequiresNote(parts[0], parts[1]) ? "catatan uji" : null);
        }
    }

    private bool RequiresNote(string stepId, string outcomeId) =>
        Definition.Step(stepId).Outcomes.First(o => o.Id == outcomeId).RequiresNote;

    /// <summary>Runs any command as <paramref name="actor"/>, keeping the new state when accepted (as the store would write it).</summary>
    public EngineResult Run(CaseCommand command, Actor actor)
    {
        var result = Interpreter.Execute(Definition, ReadBy(actor), command, actor, Office, Now);
        Keep(result);
        return result;
    }

    /// <summary>The state as the caller would pass it: with the actor among the open item's readers when they read first.</summary>
    private CaseState ReadBy(Actor actor) => ReadsFirst ? State!.WithReaders([actor.UserId]) : State!;

    private void Keep(EngineResult result)
    {
        switch (result)
        {
            case Accepted accepted:
                State = accepted.State;
                Journal.AddRange(accepted.Journal);
                break;
            case HolderChanged changed:
                State = State! with { OpenItem = changed.Item with { Version = changed.ExpectedVersion + 1 } };
                Journal.Add(changed.Entry);
                break;
        }
    }
}
