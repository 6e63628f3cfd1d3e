using System.Collections.Immutable;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// "Paling banyak 2 kali revisi, lalu hanya disetujui atau ditolak" (<see cref="RevisionLoopSop"/>): the revisions are
/// counted from the "revisi" outcomes chosen, not from how often the check step was entered.
/// </summary>
public class RevisionLoopTests
{
    private static readonly SopDefinition Sop = RevisionLoopSop.Load();
    private const string Desk = "petugas-penerima";

    private static CaseDriver AtCheck()
    {
        var driver = new CaseDriver(Sop);
        driver.Start();
        driver.State!.OpenItem!.StepId.ShouldBe("periksa");
        return driver;
    }

    private static ImmutableArray<string> Offered(CaseDriver driver) =>
        driver.Interpreter.AllowedActions(driver.Definition, driver.State!.WithReaders(["user-" + Desk]), CaseDriver.As(Desk), driver.Office)
            .Single(a => a.Command == CommandKind.Complete).OutcomeIds;

    private static void Revise(CaseDriver driver) => driver.Walk("periksa:revisi > ajukan");

    [Fact]
    public void With_no_revision_ditolak_is_not_offered_and_refused_when_sent_anyway()
    {
        var driver = AtCheck();

        Offered(driver).ShouldBe(["lengkap", "revisi"]);
        var refused = driver.Try(Desk, "ditolak", "tidak memenuhi syarat").ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.OutcomeNotAllowed);
        refused.Message.ShouldBe("Ditolak baru dapat dipilih setelah 2 kali revisi oleh pemohon (sekarang 0 kali).");
        driver.State!.OpenItem!.StepId.ShouldBe("periksa");
    }

    [Fact]
    public void Two_koreksi_from_the_paraf_re_enter_the_check_but_are_no_revisions()
    {
        var driver = AtCheck();
        driver.Walk("periksa:lengkap > input-data > paraf-kasi:koreksi > periksa:lengkap > input-data > paraf-kasi:koreksi");

        driver.State!.OpenItem!.StepId.ShouldBe("periksa");
        driver.State.VisitsOf("periksa").ShouldBe(3);
        CaseInterpreter.LoopCount(Sop, driver.State, "revisi").ShouldBe(0);
        Offered(driver).ShouldBe(["lengkap", "revisi"]);
        driver.Try(Desk, "ditolak", "alasan").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.OutcomeNotAllowed);
    }

    [Fact]
    public void After_two_revisions_revisi_is_no_longer_offered_and_ditolak_is()
    {
        var driver = AtCheck();
        Revise(driver);
        Offered(driver).ShouldBe(["lengkap", "revisi"]);
        Revise(driver);

        CaseInterpreter.LoopCount(Sop, driver.State!, "revisi").ShouldBe(2);
        Offered(driver).ShouldBe(["lengkap", "ditolak"]);
        var refused = driver.Try(Desk, "revisi", "masih kurang").ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.OutcomeNotAllowed);
        refused.Message.ShouldBe("Batas 2 kali revisi oleh pemohon sudah tercapai.");
    }

    [Fact]
    public void The_page_is_told_why_each_outcome_not_offered_is_not()
    {
        var driver = AtCheck();
        Revise(driver);
        Revise(driver);

        var complete = driver.Interpreter.AllowedActions(Sop, driver.State!, CaseDriver.As(Desk), driver.Office)
            .Single(a => a.Command == CommandKind.Complete);
        complete.UnavailableOutcomes.Keys.ShouldBe(["revisi"]);
        complete.UnavailableOutcomes["revisi"].ShouldStartWith("Batas 2 kali revisi");
    }

    [Fact]
    public void Rejecting_closes_the_berkas_at_the_rejected_end_with_the_reasons()
    {
        var driver = AtCheck();
        Revise(driver);
        Revise(driver);

        driver.Try(Desk, "ditolak", null).ShouldBeOfType<Refused>().FieldErrors.Keys.ShouldContain("note");
        // Nothing ticked: a rejection is chosen because requirements are missing.
        var closed = driver.Try(Desk, "ditolak", "Izin lokasi tidak sesuai peruntukan", ImmutableDictionary<string, string>.Empty).ShouldBeOfType<Accepted>();

        closed.State.Status.ShouldBe(CaseStatus.Closed);
        closed.State.EndId.ShouldBe("ditolak");
        Sop.Ends.Single(e => e.Id == closed.State.EndId).Kind.ShouldBe(EndKind.Rejected);
        closed.Closed!.Note.ShouldBe("Izin lokasi tidak sesuai peruntukan");
        closed.Journal.Last().Action.ShouldBe(JournalAction.CaseClosed);
        closed.Journal.Last().Detail.ShouldBe("Berkas ditolak: Izin lokasi tidak sesuai peruntukan");
    }

    [Fact]
    public void What_is_offered_at_the_check_is_exactly_what_the_interpreter_accepts_on_every_round()
    {
        var driver = AtCheck();
        foreach (var round in Enumerable.Range(0, 3))
        {
            var actor = CaseDriver.As(Desk);
            var state = driver.State!.WithReaders([actor.UserId]);
            var offered = Offered(driver);
            foreach (var outcome in Sop.Step("periksa").Outcomes)
            {
                var result = driver.Interpreter.Execute(Sop, state,
                    new CompleteStep(state.OpenItem!.Id, outcome.Id, SampleValues.For(Sop.Step("periksa")), "catatan"), actor, driver.Office, driver.Now);
                offered.Contains(outcome.Id).ShouldBe(result is Accepted, $"round {round}, {outcome.Id}: {(result as Refused)?.Message}");
            }
            if (round < 2) Revise(driver);
        }
    }
}
