using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Demo;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Words;

/// <summary>
/// Demo berkas read like an office's data: no field holds its own label with a number ("Keterampilan 67") or a label
/// followed by a stock sentence, and the share of berkas finished on time looks like a real office's (not 0%, not 100%).
/// </summary>
public class DemoRealismTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7));

    private static bool IsPlaceholder(FormField field, string value) =>
        Regex.IsMatch(value, $@"^{Regex.Escape(field.Label)}\s*\d+$", RegexOptions.IgnoreCase)
        || value.StartsWith(field.Label + ":", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void No_generated_value_of_any_SOPs_field_is_its_label_with_a_number()
    {
        var values = new DemoValues(new Random(7));
        var found = new List<string>();
        foreach (var definition in CaseDriver.Definitions.Values)
            foreach (var field in definition.Steps.SelectMany(s => s.Fields))
                for (var i = 0; i < 20; i++)
                {
                    var name = values.Name();
                    var value = values.Value(field, name);
                    if (IsPlaceholder(field, value)) found.Add($"{definition.Id}.{field.Id} = \"{value}\"");
                }
        found.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_seeded_demo_berkas_hold_no_placeholder_and_most_finish_on_time()
    {
        await using var database = await TempDatabase.CreateAsync();
        var definitions = CaseDriver.Definitions.Values.Where(d => d.Online?.Purpose is not (OnlinePurpose.Complaint or OnlinePurpose.AccountVerification or OnlinePurpose.Vacancy))
            .OrderBy(d => d.Header.Nomor, StringComparer.Ordinal).ToList();
        var staff = DemoStaff.Members.ToDictionary(m => m.UserName, m => Actor.Of($"id-{m.UserName}", m.FullName, m.Roles));
        await using (var db = database.NewContext())
            await new DemoCases(definitions, new WorkingCalendar(CalendarSettings.Default, []), staff).SeedAsync(db, Now);

        await using var read = database.NewContext();
        var cases = await read.Cases.AsNoTracking().Include(c => c.WorkItems).ToListAsync();
        var placeholders = new List<string>();
        foreach (var c in cases)
        {
            var definition = definitions.Single(d => d.Id == c.DefinitionId);
            var data = JsonSerializer.Deserialize<Dictionary<string, string>>(c.DataJson)!;
            foreach (var field in definition.Steps.SelectMany(s => s.Fields).DistinctBy(f => f.Id).Where(f => data.ContainsKey(f.Id)))
                if (IsPlaceholder(field, data[field.Id])) placeholders.Add($"{c.Number} {field.Id} = \"{data[field.Id]}\"");
        }
        placeholders.ShouldBeEmpty();

        // As the monthly report counts it: finished with no step of the office's past its due time.
        var finished = cases.Where(c => c.Status == CaseStatus.Closed).ToList();
        finished.Count.ShouldBeGreaterThan(30);
        var onTime = finished.Count(c => !c.WorkItems.Any(w => w.DueAt is { } due && (w.DoneAt is null || w.DoneAt > due)
            && definitions.Single(d => d.Id == c.DefinitionId).Steps.FirstOrDefault(s => s.Id == w.StepId)?.CountsAgainstOffice == true));
        ((double)onTime / finished.Count).ShouldBeInRange(0.75, 0.97, $"{onTime} of {finished.Count} finished on time");
    }
}
