using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The buttons the UI shows and the commands the server accepts come from the same checks: for every
/// role and every step of every SOP, an action is listed exactly when the interpreter accepts it.
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
                {
                    var actor = CaseDriver.As(role);
                    var listed = driver.Interpreter.AllowedActions(driver.Definition, driver.State, actor, office)
                        .Where(a => a.Command == CommandKind.Complete).SelectMany(a => a.OutcomeIds.IsEmpty ? [(string?)null] : a.OutcomeIds.Select(o => (string?)o))
                        .ToHashSet();
                    var candidates = step.HasOutcomes ? step.Outcomes.Select(o => (string?)o.Id) : [null];
                    foreach (var outcome in candidates)
                    {
                        var result = driver.Interpreter.Execute(driver.Definition, driver.State,
                            new CompleteStep(driver.State.OpenItem!.Id, outcome, SampleValues.For(step), "catatan"), actor, office, driver.Now);
                        listed.Contains(outcome).ShouldBe(result.IsAccepted, $"{sop} step {step.Id}, role {role}, outcome {outcome ?? "-"}");
                    }
                }
                var parts = hop.Split(':');
                driver.Do(parts.Length > 1 ? parts[1] : null, "catatan");
            }
        }
    }
}
