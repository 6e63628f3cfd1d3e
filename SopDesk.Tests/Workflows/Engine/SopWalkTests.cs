using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>Every SOP in workflows/ walked end to end by the interpreter, as officers would.</summary>
public class SopWalkTests
{
    public static TheoryData<string, string, string> HappyPaths => new()
    {
        // JHT: pemohon → petugas (lengkap) → JFU → Kabid/Sekretaris paraf → Kepala Dinas → pengadministrasi
        { "jht", "periksa:lengkap > verifikasi > paraf:paraf > tandatangan:tandatangan > serahkan", "selesai" },
        { "jakon", "periksa:lengkap > verifikasi > paraf:paraf > tandatangan:tandatangan > serahkan", "selesai" },
        // Perselisihan: two bipartite meetings, still in dispute → mediator request → paraf → sign → sent
        { "perselisihan", "periksa:lengkap > bipartit:pertemuan-kedua > bipartit:masih-berselisih > permohonan-mediator > paraf:paraf > tandatangan:tandatangan > kirim", "selesai" },
        // Pelatihan (internal): plan → approved → instruction → drafts → paraf → sent → replies → meeting → training → report → received
        { "pelatihan", "setujui-rencana:setuju > instruksi > konsep > paraf-konsep:paraf > distribusi > terima-jawaban > rapat-persiapan > pelaksanaan > laporan > terima-laporan", "selesai" },
        // AK1: petugas (lengkap) → data entry → Kasi paraf → Kabid signs → handed over
        { "ak1", "periksa:lengkap > input-data > paraf-kasi:paraf > tandatangan:tandatangan > serahkan", "selesai" },
        // Paspor: disposisi by Kadis (lengkap) → Kabid disposes to staff → verification → Kasi paraf → Kabid signs → handed over
        { "paspor", "disposisi-kadis:lengkap > disposisi-kabid > verifikasi > paraf-kasi:paraf > tandatangan:tandatangan > serahkan", "selesai" },
    };

    [Theory]
    [MemberData(nameof(HappyPaths))]
    public void The_happy_path_reaches_the_completed_end(string sop, string path, string end)
    {
        var driver = new CaseDriver(sop);
        driver.Start();
        driver.Walk(path);

        driver.State!.Status.ShouldBe(CaseStatus.Closed);
        driver.State.EndId.ShouldBe(end);
        driver.State.OpenItem.ShouldBeNull();
        driver.Journal.First().Action.ShouldBe(JournalAction.CaseStarted);
        driver.Journal.Last().Action.ShouldBe(JournalAction.CaseClosed);
    }

    public static TheoryData<string> ApplicantSops => ["jht", "jakon", "perselisihan", "ak1", "paspor"];

    [Theory]
    [MemberData(nameof(ApplicantSops))]
    public void Tidak_lengkap_returns_the_berkas_and_a_resubmission_continues_the_same_case(string sop)
    {
        // ajukan → check: tidak lengkap → back with the pemohon (no clock) → ajukan again → check: lengkap → …
        var driver = new CaseDriver(sop);
        driver.Start();
        var caseId = driver.State!.CaseId;
        var check = driver.State.OpenItem!.StepId;

        var returned = driver.Do("tidak-lengkap", "Fotokopi KTP belum ada");
        returned.State.Status.ShouldBe(CaseStatus.WaitingOnApplicant);
        returned.Opened!.StepId.ShouldBe(driver.Definition.FirstStep.Id);
        returned.Opened.DueAt.ShouldBeNull("the office's clock does not run while the pemohon completes the berkas");
        returned.Journal.Single().Action.ShouldBe(JournalAction.ReturnedToApplicant);
        returned.Journal.Single().Detail.ShouldContain("Fotokopi KTP belum ada");

        var resubmitted = driver.Do();
        resubmitted.State.CaseId.ShouldBe(caseId);
        resubmitted.State.Status.ShouldBe(CaseStatus.Active);
        resubmitted.Journal.Single().Action.ShouldBe(JournalAction.Resubmitted);
        resubmitted.Opened!.StepId.ShouldBe(check);
        resubmitted.Opened.Visit.ShouldBe(2);
        resubmitted.Opened.DueAt.ShouldNotBeNull();

        driver.Do("lengkap").State.Status.ShouldBe(CaseStatus.Active);
    }

    [Theory]
    [MemberData(nameof(ApplicantSops))]
    public void A_returned_berkas_that_is_not_completed_can_be_closed_as_dikembalikan(string sop)
    {
        var driver = new CaseDriver(sop);
        driver.Start();
        driver.Do("tidak-lengkap", "Ijazah belum dilegalisir");

        var result = driver.Interpreter.Execute(driver.Definition, driver.State!,
            new CloseReturnedCase(driver.State!.OpenItem!.Id, "Pemohon tidak kembali dalam 14 hari"),
            CaseDriver.As("petugas-penerima"), driver.Office, driver.Now).ShouldBeOfType<Accepted>();

        result.State.Status.ShouldBe(CaseStatus.Closed);
        driver.Definition.Ends.Single(e => e.Id == result.State.EndId).Kind.ShouldBe(EndKind.Returned);
        result.Journal.Single().Action.ShouldBe(JournalAction.CaseClosed);
    }

    [Fact]
    public void Perselisihan_settled_after_the_first_bipartite_meeting_ends_damai()
    {
        // ajukan → periksa: lengkap → bipartit (1st): sepakat → end "damai"
        var driver = new CaseDriver("perselisihan");
        driver.Start();
        driver.Walk("periksa:lengkap > bipartit:sepakat");

        driver.State!.EndId.ShouldBe("damai");
        driver.Definition.Ends.Single(e => e.Id == "damai").Kind.ShouldBe(EndKind.Settled);
    }

    [Fact]
    public void Perselisihan_settled_after_the_second_meeting_ends_damai()
    {
        var driver = new CaseDriver("perselisihan");
        driver.Start();
        driver.Walk("periksa:lengkap > bipartit:pertemuan-kedua > bipartit:sepakat");
        driver.State!.EndId.ShouldBe("damai");
    }

    [Fact]
    public void A_third_bipartite_meeting_is_refused()
    {
        var driver = new CaseDriver("perselisihan");
        driver.Start();
        driver.Walk("periksa:lengkap > bipartit:pertemuan-kedua");

        var third = driver.Try(null, "pertemuan-kedua").ShouldBeOfType<Refused>();
        third.Reason.ShouldBe(RefusalReason.OutcomeNotAllowed);
        third.Message.ShouldContain("2 kali");
        driver.Interpreter.AllowedActions(driver.Definition, driver.State!, CaseDriver.As("jfu"), driver.Office)
            .Single(a => a.Command == CommandKind.Complete).OutcomeIds.ShouldBe(["sepakat", "masih-berselisih"]);
    }

    [Fact]
    public void Masih_berselisih_after_only_one_meeting_is_refused()
    {
        var driver = new CaseDriver("perselisihan");
        driver.Start();
        driver.Walk("periksa:lengkap");

        driver.Try(null, "masih-berselisih").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.OutcomeNotAllowed);
        driver.Interpreter.AllowedActions(driver.Definition, driver.State!, CaseDriver.As("jfu"), driver.Office)
            .Single(a => a.Command == CommandKind.Complete).OutcomeIds.ShouldBe(["sepakat", "pertemuan-kedua"]);
    }

    [Fact]
    public void Ak1_is_signed_by_the_Kasi_as_Plh_when_the_Kabid_is_absent()
    {
        var driver = new CaseDriver("ak1", OfficeContext.WithAbsent("kabid"));
        driver.Start();
        driver.Walk("periksa:lengkap > input-data > paraf-kasi:paraf");

        var signed = driver.Do("tandatangan", role: "kasi");
        signed.Closed!.ActingAs.ShouldBe("Plh. kabid");
        signed.Journal.Single().Action.ShouldBe(JournalAction.Signed);
        signed.Journal.Single().ActingAs.ShouldBe("Plh. kabid");
        driver.Walk("serahkan");
        driver.State!.EndId.ShouldBe("selesai");
    }

    [Fact]
    public void The_Kasi_may_not_sign_Ak1_while_the_Kabid_is_present()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Walk("periksa:lengkap > input-data > paraf-kasi:paraf");

        driver.Try("kasi", "tandatangan").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotYourLane);
        driver.Interpreter.AllowedActions(driver.Definition, driver.State!, CaseDriver.As("kasi"), driver.Office)
            .ShouldNotContain(a => a.Command == CommandKind.Complete);
    }

    [Fact]
    public void The_substitution_covers_only_the_steps_it_names()
    {
        // 503/48's rule lets the Kasi act for the Kabid on the signature only.
        var driver = new CaseDriver("ak1", OfficeContext.WithAbsent("kabid"));
        driver.Start();
        driver.Walk("periksa:lengkap");
        driver.Try("kasi").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotYourLane);
    }

    [Fact]
    public void Koreksi_at_paraf_sends_the_berkas_back_to_data_entry()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Walk("periksa:lengkap > input-data");

        var back = driver.Do("koreksi", "Tanggal lahir salah ketik");
        back.Opened!.StepId.ShouldBe("input-data");
        back.Opened.Visit.ShouldBe(2);
        back.Journal.Single().Action.ShouldBe(JournalAction.SentBackForCorrection);
        driver.Walk("input-data > paraf-kasi:paraf > tandatangan:tandatangan > serahkan");
        driver.State!.EndId.ShouldBe("selesai");
    }
}
