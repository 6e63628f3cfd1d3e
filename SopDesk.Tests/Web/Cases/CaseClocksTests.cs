using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Cases;

/// <summary>The berkas page's clocks: the pemohon's own limit on the open step and the anchored case deadline, in WIB and hari kerja.</summary>
public class CaseClocksTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Now = new(2026, 12, 9, 10, 0, 0, Wib); // Wednesday

    private static readonly SopDefinition Definition = ClockDefinitions.Parse(s =>
    {
        ClockDefinitions.Limit(s);
        s["caseDeadline"] = new JsonObject { ["waktu"] = "14 hari kerja", ["from"] = "input-data" };
    });

    private static IRenderedComponent<CaseClocks> Render(BunitContext context, CaseStatus status, WorkItemState open, params StepSpan[] spans) =>
        context.Render<CaseClocks>(p => p
            .Add(c => c.Definition, Definition).Add(c => c.Status, status).Add(c => c.StartedAt, new DateTimeOffset(2026, 11, 30, 9, 0, 0, Wib))
            .Add(c => c.Open, open).Add(c => c.Spans, spans).Add(c => c.At, Now));

    private static BunitContext Context()
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddSingleton(new OfficeTime(new FakeTimeProvider(Now), CalendarSettings.Default));
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }

    [Fact]
    public async Task A_berkas_back_with_the_pemohon_shows_their_limit_and_a_deadline_not_started_yet()
    {
        await using var context = Context();
        var open = new WorkItemState
        {
            Id = Guid.NewGuid(), Sequence = 3, StepId = "ajukan", LaneId = "pemohon", Visit = 2,
            ArrivedAt = new DateTimeOffset(2026, 11, 30, 16, 0, 0, Wib), ApplicantDueAt = new DateTimeOffset(2026, 12, 14, 16, 0, 0, Wib),
        };
        var clocks = Render(context, CaseStatus.WaitingOnApplicant, open,
            new StepSpan("ajukan", open.ArrivedAt.AddHours(-7), open.ArrivedAt.AddHours(-7)), new StepSpan("periksa", open.ArrivedAt.AddHours(-7), open.ArrivedAt),
            new StepSpan("ajukan", open.ArrivedAt, null));

        clocks.Find("[data-testid=applicant-limit]").TextContent.ShouldContain("Batas waktu pemohon: Senin, 14 Desember 2026 16.00 WIB — 3 hari kerja lagi");
        clocks.Find("[data-testid=applicant-limit]").TextContent.ShouldContain("bila habis: berkas ditutup (Dikembalikan");
        var deadline = clocks.Find("[data-testid=case-deadline]").TextContent;
        deadline.ShouldContain("14 hari kerja sejak langkah 3");
        deadline.ShouldContain("belum berjalan — dihitung sejak langkah 3");
    }

    [Fact]
    public async Task Once_the_anchor_step_is_reached_the_deadline_has_a_date()
    {
        await using var context = Context();
        var arrived = new DateTimeOffset(2026, 12, 1, 9, 0, 0, Wib); // Tuesday
        var open = new WorkItemState { Id = Guid.NewGuid(), Sequence = 3, StepId = "input-data", LaneId = "pengadministrasi", Visit = 1, ArrivedAt = arrived, DueAt = arrived.AddMinutes(10) };
        var clocks = Render(context, CaseStatus.Active, open, new StepSpan("input-data", arrived, null));

        clocks.FindAll("[data-testid=applicant-limit]").ShouldBeEmpty();
        // 14 working days from Tuesday 1 December 09.00 (no holidays): Monday 21 December 09.00; from Wednesday 9 10.00 that is 7 whole working days on.
        clocks.Find("[data-testid=case-deadline]").TextContent.ShouldContain("Senin, 21 Desember 2026 09.00 WIB — 7 hari kerja lagi");
    }

    [Fact]
    public void The_SOP_page_words_the_deadline_and_the_limit_from_the_file()
    {
        ClockTexts.CaseDeadlineRule(Definition).ShouldBe("14 hari kerja sejak langkah 3");
        ClockTexts.CaseDeadlineRule(CaseDriver.Definitions["perselisihan"]).ShouldBe("30 hari kerja sejak berkas diajukan");
        ClockTexts.ApplicantLimitRule(Definition, Definition.Step("ajukan").ApplicantLimit!)
            .ShouldBe("10 hari kerja, diingatkan 2 hari kerja sebelumnya; bila habis: berkas ditutup (Dikembalikan — persyaratan tidak dilengkapi)");
    }
}
