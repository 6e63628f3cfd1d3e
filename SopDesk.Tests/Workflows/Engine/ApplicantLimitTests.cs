using SopDesk.Workflows.Calendar;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The pemohon's own limit on a step on their clock: the item sent back carries ApplicantDueAt (10 hari kerja from its
/// arrival, on the office's calendar), the office's due stays empty, and the expiry command closes to the declared end or
/// only alerts — never before the limit, never once the pemohon resubmitted.
/// </summary>
public class ApplicantLimitTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    private static CaseDriver ReturnedToApplicant(SopDefinition definition)
    {
        var driver = new CaseDriver(definition);
        driver.Start();
        driver.Do("tidak-lengkap", "KTP belum dilampirkan");
        driver.State!.OpenItem!.StepId.ShouldBe("ajukan");
        return driver;
    }

    [Fact]
    public void A_return_opens_the_applicant_step_with_its_own_due_and_no_office_due()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithApplicantLimit());
        var item = driver.State!.OpenItem!;
        // Returned on Monday 16 November 09.00: ten working days later (no holidays) is Monday 30 November 09.00.
        item.ArrivedAt.ShouldBe(new DateTimeOffset(2026, 11, 16, 9, 0, 0, Wib));
        item.ApplicantDueAt.ShouldBe(new DateTimeOffset(2026, 11, 30, 9, 0, 0, Wib));
        item.DueAt.ShouldBeNull();
        driver.State.Status.ShouldBe(CaseStatus.WaitingOnApplicant);
    }

    [Fact]
    public void The_applicant_due_skips_holidays_like_any_due()
    {
        var definition = ClockDefinitions.WithApplicantLimit();
        var withHoliday = new CaseInterpreter(new WorkingCalendar(CalendarSettings.Default,
            [new Holiday(new DateOnly(2026, 11, 18), HolidayKind.LiburNasional, "Hari libur uji")]));
        var arrived = new DateTimeOffset(2026, 11, 16, 9, 0, 0, Wib);
        // Wednesday 18 November is not a working day, so the tenth working day moves from Monday 30 November to Tuesday 1 December.
        withHoliday.ApplicantDueAt(definition, definition.Step("ajukan"), arrived).ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 0, 0, Wib));
    }

    [Fact]
    public void Steps_on_the_office_clock_or_without_a_limit_have_no_applicant_due()
    {
        var definition = ClockDefinitions.WithApplicantLimit();
        var interpreter = new CaseInterpreter(new WorkingCalendar(CalendarSettings.Default, []));
        interpreter.ApplicantDueAt(definition, definition.Step("periksa"), CaseDriver.Monday9).ShouldBeNull();
        var plain = ClockDefinitions.WithoutApplicantLimit();
        interpreter.ApplicantDueAt(plain, plain.Step("ajukan"), CaseDriver.Monday9).ShouldBeNull();
    }

    [Fact]
    public void Expiry_closes_the_berkas_to_the_declared_end_as_the_system_with_the_reason()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithApplicantLimit());
        var item = driver.State!.OpenItem!;
        driver.Now = item.ApplicantDueAt!.Value;

        var accepted = driver.Run(new ExpireApplicantLimit(item.Id), CaseInterpreter.System).ShouldBeOfType<Accepted>();

        accepted.State.Status.ShouldBe(CaseStatus.Closed);
        accepted.State.EndId.ShouldBe("dikembalikan");
        accepted.Closed.ShouldNotBeNull().Item.Id.ShouldBe(item.Id);
        accepted.Closed.ActorUserId.ShouldBe("system");
        accepted.Journal.Select(j => j.Action).ShouldBe([JournalAction.ApplicantLimitExpired, JournalAction.CaseClosed]);
        accepted.Journal[0].Detail.ShouldContain("Batas waktu pemohon 10 hari kerja pada langkah 1 habis");
        accepted.Journal[1].Detail.ShouldContain("Dikembalikan");
    }

    [Fact]
    public void Expiry_closes_to_a_rejected_end_when_the_file_says_so()
    {
        var definition = ClockDefinitions.Parse(s =>
        {
            ClockDefinitions.AddEnd(s, "ditolak", "Ditolak — tidak dilengkapi dalam batas waktu", "rejected");
            ClockDefinitions.Limit(s, "ditolak");
        });
        var driver = ReturnedToApplicant(definition);
        driver.Now = driver.State!.OpenItem!.ApplicantDueAt!.Value.AddHours(1);

        var accepted = driver.Run(new ExpireApplicantLimit(driver.State.OpenItem.Id), CaseInterpreter.System).ShouldBeOfType<Accepted>();

        accepted.State.EndId.ShouldBe("ditolak");
    }

    [Fact]
    public void Expiry_with_alert_keeps_the_berkas_open_and_says_so()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithApplicantLimit(ApplicantLimit.Alert));
        var item = driver.State!.OpenItem!;
        driver.Now = item.ApplicantDueAt!.Value;

        var alert = driver.Run(new ExpireApplicantLimit(item.Id), CaseInterpreter.System).ShouldBeOfType<ApplicantLimitAlert>();

        alert.Item.Id.ShouldBe(item.Id);
        alert.Entry.Action.ShouldBe(JournalAction.ApplicantLimitExpired);
        alert.Entry.Detail.ShouldContain("tidak ditutup");
        driver.State.Status.ShouldBe(CaseStatus.WaitingOnApplicant);
        driver.State.OpenItem.ShouldBe(item);
    }

    [Fact]
    public void Expiry_is_refused_before_the_limit_runs_out()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithApplicantLimit());
        var item = driver.State!.OpenItem!;
        driver.Now = item.ApplicantDueAt!.Value.AddMinutes(-1);

        var refused = driver.Run(new ExpireApplicantLimit(item.Id), CaseInterpreter.System).ShouldBeOfType<Refused>();

        refused.Reason.ShouldBe(RefusalReason.NotAllowedNow);
        refused.Message.ShouldContain("belum habis");
        driver.State.OpenItem.ShouldBe(item);
    }

    [Fact]
    public void A_resubmission_before_expiry_clears_the_limit()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithApplicantLimit());
        var returned = driver.State!.OpenItem!;
        driver.Do(); // the pemohon brings the berkas back complete
        driver.State.OpenItem!.StepId.ShouldBe("periksa");
        driver.State.OpenItem.ApplicantDueAt.ShouldBeNull();
        driver.Now = returned.ApplicantDueAt!.Value.AddDays(1);

        var refused = driver.Run(new ExpireApplicantLimit(returned.Id), CaseInterpreter.System).ShouldBeOfType<Refused>();

        refused.Reason.ShouldBe(RefusalReason.StepAlreadyDone);
        driver.State.Status.ShouldBe(CaseStatus.Active);
    }

    [Fact]
    public void A_step_without_a_limit_refuses_expiry()
    {
        var driver = ReturnedToApplicant(ClockDefinitions.WithoutApplicantLimit());
        driver.Now = driver.Now.AddDays(60);

        driver.Run(new ExpireApplicantLimit(driver.State!.OpenItem!.Id), CaseInterpreter.System).ShouldBeOfType<Refused>()
            .Reason.ShouldBe(RefusalReason.NotAllowedNow);
    }
}
