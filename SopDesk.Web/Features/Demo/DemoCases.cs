using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// About 90 demo berkas over all six SOPs, run through the real engine and store by the demo staff over the
/// last two months of office time, so last month's report and the dashboards have figures: those older than
/// three weeks are carried to their end, the recent ones stop anywhere — some returned, some waiting, a few overdue.
/// Deterministic (seeded), so every fresh demo database looks the same.
/// </summary>
public sealed class DemoCases(IReadOnlyList<SopDefinition> definitions, WorkingCalendar calendar, IReadOnlyDictionary<string, Actor> staffByRole)
{
    private readonly Random _random = new(2026);
    private readonly CaseInterpreter _engine = new(calendar);
    private readonly DemoPace _pace = new(calendar, new Random(1672));

    public async Task<int> SeedAsync(SopDeskDbContext db, DateTimeOffset now, int count = 90)
    {
        var values = new DemoValues(_random);
        var store = new CaseStore(db);
        var seeded = 0;
        for (var i = 0; i < count; i++)
        {
            var definition = definitions[i % definitions.Count];
            // Start somewhere in the last 60 days, during office hours.
            var at = calendar.AddOfficeTime(calendar.NextOpening(now.AddDays(-61 + i * 60.0 / count)), TimeSpan.FromMinutes(_random.Next(0, 300)));
            if (at >= now) at = now.AddHours(-1);
            var name = values.Name();
            var first = definition.FirstStep;
            var startValues = values.For(first, name, DateOnly.FromDateTime(at.DateTime));
            if (await WithRegisteredDocumentAsync(db, definition, startValues, at) is not { } checkedValues) continue;
            var start = new StartCase(Guid.CreateVersion7(at), checkedValues, null);
            var result = _engine.Start(definition, start, ActorFor(definition, first), OfficeContext.Normal, at);
            var state = await ApplyAsync(store, result, definition);
            seeded++;

            var steps = at < now.AddDays(-21) ? 100 : _random.Next(0, definition.Steps.Length + 3);
            var lateStep = _pace.LateStep(definition);
            for (var s = 0; s < steps && state.OpenItem is { } item; s++)
            {
                var step = definition.Step(item.StepId);
                _ = _random.Next(6) == 0 ? _random.Next(60, 900) : _random.Next(2, 9); // drawn as before, so names and values stay as they were
                at = _pace.Next(at, definition, step, s == lateStep);
                if (at >= now) break;
                var actor = ActorFor(definition, step);
                state = state.WithReaders([actor.UserId]); // the demo signer has read the berkas
                var allowed = _engine.AllowedActions(definition, state, actor, OfficeContext.Normal).First(a => a.Command == CommandKind.Complete);
                var outcome = ChooseOutcome(step, allowed.OutcomeIds, item.Visit);
                var note = outcome is not null && step.Outcomes.First(o => o.Id == outcome).RequiresNote ? NoteFor(step) : null;
                // A resubmission keeps what the berkas already holds (its NIK, its AK1 number).
                var stepValues = step.Fields.ToImmutableDictionary(f => f.Id, f => state.Data.GetValueOrDefault(f.Id) ?? values.Value(f, name, state.Data));
                // The desk ticks what was brought: everything, except what the note says is missing.
                if (!step.Checklist.IsDefaultOrEmpty)
                    stepValues = stepValues.Add(ChecklistTicks.Key, ChecklistTicks.Encode(step.Checklist.Select(i => i.Item).Where(i => note?.Contains(i) != true)));
                var command = new CompleteStep(item.Id, outcome, stepValues, note);
                state = await ApplyAsync(store, _engine.Execute(definition, state, command, actor, OfficeContext.Normal, at), definition);
            }
        }
        return seeded;
    }

    private async Task<CaseState> ApplyAsync(CaseStore store, EngineResult result, SopDefinition definition)
    {
        if (result is Refused refused)
            throw new InvalidOperationException($"Demo data refused by the engine: {refused.Reason} {refused.Message} {string.Join("; ", refused.FieldErrors)}");
        var accepted = (Accepted)result;
        if (await store.ApplyAsync(accepted, definition, calendar.Zone) is not Applied)
            throw new InvalidOperationException("Demo data could not be stored.");
        return accepted.State;
    }

    /// <summary>
    /// A field that must name a valid register entry (the AK1 of a passport recommendation) gets the number, NIK and name
    /// of a demo AK1 signed before <paramref name="at"/>; null when there is none yet (that demo berkas is skipped).
    /// </summary>
    private async Task<ImmutableDictionary<string, string>?> WithRegisteredDocumentAsync(SopDeskDbContext db, SopDefinition definition,
        ImmutableDictionary<string, string> values, DateTimeOffset at)
    {
        foreach (var field in definition.FirstStep.Fields.Where(f => f.Register is not null))
        {
            var entries = await db.RegisterEntries.AsNoTracking()
                .Where(e => e.RegisterId == field.Register && e.Status == RegisterEntryStatus.Active && e.SignedAt != null && e.Nik != null)
                .ToListAsync();
            var usable = entries.Where(e => e.SignedAt <= at && (e.ValidUntil is null || e.ValidUntil > at)).ToList();
            if (usable.Count == 0) return null;
            var entry = usable[_random.Next(usable.Count)];
            values = values.SetItem(field.Id, entry.Number);
            if (definition.Summary.NikField is { } nik) values = DemoValues.AgreeWithNik(definition.FirstStep, values.SetItem(nik, entry.Nik!), DateOnly.FromDateTime(at.DateTime));
            if (definition.Summary.ApplicantNameField is { } name) values = values.SetItem(name, entry.ApplicantName);
        }
        return values;
    }

    private Actor ActorFor(SopDefinition definition, Step step) => staffByRole[definition.Lane(step.Lane).Roles[0]];

    /// <summary>Mostly forward; sometimes tidak lengkap or koreksi; bipartite meetings settle now and then.</summary>
    private string? ChooseOutcome(Step step, ImmutableArray<string> allowed, int visit)
    {
        if (!step.HasOutcomes) return null;
        var options = step.Outcomes.Where(o => allowed.Contains(o.Id)).ToList();
        var back = options.FirstOrDefault(o => o.Kind is OutcomeKind.Return or OutcomeKind.Correction);
        if (back is not null && visit == 1 && _random.Next(8) == 0) return back.Id;
        var repeat = options.FirstOrDefault(o => o.Kind == OutcomeKind.Repeat);
        if (repeat is not null && _random.Next(4) != 0) return repeat.Id;
        var forward = options.Where(o => o.Kind == OutcomeKind.Forward).ToList();
        return forward[forward.Count > 1 && _random.Next(3) == 0 ? 0 : forward.Count - 1].Id;
    }

    private string NoteFor(Step step) => step.Kind == StepKind.Decision || step.Kind == StepKind.Disposisi
        ? (step.Checklist.IsDefaultOrEmpty ? "Persyaratan belum lengkap" : $"Belum ada: {step.Checklist[_random.Next(step.Checklist.Length)].Item}")
        : "Mohon diperbaiki: data tidak sesuai dokumen";

    /// <summary>The demo cases need the demo staff: one actor per role, by user name = role id.</summary>
    public static async Task<IReadOnlyDictionary<string, Actor>> StaffByRoleAsync(SopDeskDbContext db)
    {
        var names = DemoStaff.Members.Select(m => m.UserName).ToList();
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!)).ToListAsync();
        return users.ToDictionary(u => u.UserName!, u => Actor.Of(u.Id, u.FullName, u.UserName!));
    }
}
