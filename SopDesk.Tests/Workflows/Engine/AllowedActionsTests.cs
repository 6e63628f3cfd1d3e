using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The buttons the UI shows and the commands the server accepts come from the same checks: for every
/// role and every step of every SOP — read or not read since the step arrived, with the Kabid present or
/// absent — an action is listed exactly when the interpreter accepts it, and when "complete" is not listed
/// the engine says why.
/// </summary>
public class AllowedActionsTests
{
    private static readonly string[] Roles =
        ["petugas-penerima", "jfu", "pengadministrasi", "kasi", "kabid", "sekretaris", "kepala-dinas", "staf", "panitia", "admin"];

    public static TheoryData<string, string> Paths => new()
    {
        { "jht", "periksa:lengkap > verifikasi > paraf:paraf > tandatangan:tandatangan > serahkan" },
        { "perselisihan", "periksa:lengkap > bipartit:pertemuan-kedua > bipartit:masih-berselisih > permohonan-mediator > paraf:paraf > tandatangan:tandatangan > kirim" },
        { "pelatihan", "setujui-rencana:setuju > instruksi > konsep > paraf-konsep:paraf > distribusi > terima-jawaban > rapat-persiapan > pelaksanaan > laporan > terima-laporan" },
        { "ak1", "periksa:tidak-lengkap > ajukan > periksa:lengkap > input-data > paraf-kasi:paraf > tandatangan:tandatangan > serahkan" },
        { "paspor", "disposisi-kadis:lengkap > disposisi-kabid > verifikasi > paraf-kasi:paraf > tandatangan:tandatangan > serahkan" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void An_action_is_listed_exactly_when_the_interpreter_accepts_it(string sop, string path)
    {
        foreach (var office in new[] { OfficeContext.Normal, OfficeContext.WithAbsent("kabid") })
        {
            var driver = new CaseDriver(sop, office);
            driver.Start();
            foreach (var hop in path.Split('>', StringSplitOptions.TrimEntries))
            {
                var step = driver.Definition.Step(driver.State!.OpenItem!.StepId);
                foreach (var role in Roles)
                    foreach (var read in new[] { false, true })
                    {
                        var actor = CaseDriver.As(role);
                        var state = read ? driver.State.WithReaders([actor.UserId]) : driver.State;
                        var where = $"{sop} step {step.Id}, role {role}, read {read}, {(office.Absences.IsEmpty ? "normal" : "kabid absent")}";
                        var allowed = driver.Interpreter.AllowedActions(driver.Definition, state, actor, office);
                        foreach (var (command, outcome, candidate) in Candidates(state, step))
                        {
                            var listed = allowed.Any(a => a.Command == command && (outcome is null ? a.OutcomeIds.IsEmpty || command != CommandKind.Complete : a.OutcomeIds.Contains(outcome)));
                            var result = driver.Interpreter.Execute(driver.Definition, state, candidate, actor, office, driver.Now);
                            listed.ShouldBe(result is Accepted or HolderChanged, $"{where}, {command} {outcome ?? "-"}: {(result as Refused)?.Message}");
                        }
                        var whyNot = driver.Interpreter.WhyNotComplete(driver.Definition, state, actor, office);
                        (whyNot is null).ShouldBe(allowed.Any(a => a.Command == CommandKind.Complete), $"{where}: why not {whyNot?.Message}");
                    }
                var parts = hop.Split(':');
                driver.Do(parts.Length > 1 ? parts[1] : null, "catatan");
            }
        }
    }

    /// <summary>Every command an officer could give on the open item, as the page would send it.</summary>
    private static IEnumerable<(CommandKind Command, string? Outcome, CaseCommand Candidate)> Candidates(CaseState state, Step step)
    {
        var item = state.OpenItem!.Id;
        foreach (var outcome in step.HasOutcomes ? step.Outcomes.Select(o => (string?)o.Id) : [null])
            yield return (CommandKind.Complete, outcome, new CompleteStep(item, outcome, SampleValues.For(step), "catatan"));
        yield return (CommandKind.Claim, null, new ClaimItem(item));
        yield return (CommandKind.Release, null, new ReleaseItem(item));
        yield return (CommandKind.WithdrawDisposisi, null, new WithdrawDisposisi(item));
    }

    // sign step (tandatangan), the signer's lane:  read? ──no──► refused, with the reason the page shows
    //                                               └─yes─► signed
    [Theory]
    [InlineData("ak1")]
    [InlineData("jht")]
    [InlineData("paspor")]
    public void A_sign_step_is_refused_with_a_reason_until_the_signer_has_read_the_berkas(string sop)
    {
        var driver = new CaseDriver(sop);
        driver.Start();
        while (driver.Definition.Step(driver.State!.OpenItem!.StepId).Kind != StepKind.Sign)
            driver.Do(driver.Definition.Step(driver.State.OpenItem.StepId).Outcomes.FirstOrDefault(o => o.Kind == OutcomeKind.Forward)?.Id, "catatan");
        var signer = CaseDriver.As(driver.LaneRole);
        var sign = driver.Definition.Step(driver.State.OpenItem.StepId).Outcomes.First(o => o.Kind == OutcomeKind.Forward).Id;

        // Another officer's reading does not count for the signer.
        var readByOthers = driver.State.WithReaders(["user-kasi", "user-sekretaris"]);
        driver.Interpreter.AllowedActions(driver.Definition, readByOthers, signer, driver.Office).ShouldNotContain(a => a.Command == CommandKind.Complete);
        driver.Interpreter.WhyNotComplete(driver.Definition, readByOthers, signer, driver.Office)!.Reason.ShouldBe(RefusalReason.NotReadBeforeSigning);
        driver.Interpreter.Execute(driver.Definition, readByOthers, CompleteStep.Of(readByOthers.OpenItem!.Id, sign), signer, driver.Office, driver.Now)
            .ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotReadBeforeSigning);

        driver.Try(driver.LaneRole, sign).ShouldBeOfType<Accepted>();
    }
}
