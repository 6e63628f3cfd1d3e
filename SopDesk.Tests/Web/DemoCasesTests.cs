using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Demo;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web;

public class DemoCasesTests
{
    [Fact]
    public async Task Demo_data_spreads_over_all_six_SOPs_with_overdue_returned_and_finished_berkas()
    {
        await using var database = await TempDatabase.CreateAsync();
        var definitions = CaseDriver.Definitions.Values.OrderBy(d => d.Header.Nomor, StringComparer.Ordinal).ToList();
        var staff = DemoStaff.Members.ToDictionary(m => m.UserName, m => Actor.Of($"id-{m.UserName}", m.FullName, m.Roles));
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(7));
        var calendar = new WorkingCalendar(CalendarSettings.Default, []);

        await using (var db = database.NewContext())
            (await new DemoCases(definitions, calendar, staff).SeedAsync(db, now)).ShouldBeGreaterThanOrEqualTo(50);

        await using var read = database.NewContext();
        (await read.Cases.Select(c => c.DefinitionId).Distinct().CountAsync()).ShouldBe(definitions.Count, "every SOP has demo berkas");
        (await read.Cases.CountAsync(c => c.Status == CaseStatus.Closed)).ShouldBeGreaterThan(0);
        (await read.Journal.CountAsync(j => j.Action == "ReturnedToApplicant")).ShouldBeGreaterThan(0);
        (await read.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Open && w.DueAt < now)).ShouldBeGreaterThan(0);
        (await read.WorkItems.Select(w => w.StepId).Distinct().CountAsync()).ShouldBeGreaterThan(20, "berkas wait at many different steps");
        (await read.Cases.MaxAsync(c => c.StartedAt)).ShouldBeLessThan(now);
    }
}
