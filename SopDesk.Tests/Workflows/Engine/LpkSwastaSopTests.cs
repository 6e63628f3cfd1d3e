using System.Collections.Immutable;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The office's own SOP file 503/50 (pendaftaran LPK swasta), read from workflows/ like the six of the source, through the
/// engine: what only a clock can show (a limit running out, time excluded from the deadline) rather than the browser journey.
/// </summary>
public class LpkSwastaSopTests
{
    private static readonly ImmutableDictionary<string, string> Application = new Dictionary<string, string>
    {
        ["namaLembaga"] = "LPK Cahaya Informatika", ["alamatLembaga"] = "Jl. Serma Wahab No. 12, Kota Pagar Alam",
        ["nib"] = "9120001234567", ["kejuruan"] = "Teknologi Informasi", ["programPelatihan"] = "Operator komputer (120 JP)",
        ["namaPimpinan"] = "Ahmad Fauzi", ["nikPimpinan"] = "1672011203850001", ["telepon"] = "081278901234",
    }.ToImmutableDictionary();

    private static CaseDriver AtAssessment()
    {
        var driver = new CaseDriver("lpk-swasta");
        driver.TryStart(values: Application).ShouldBeOfType<Accepted>();
        driver.Walk("periksa:lengkap > verifikasi > visitasi > tanggapan-lembaga");
        driver.State!.OpenItem!.StepId.ShouldBe("penilaian");
        return driver;
    }

    [Fact]
    public void A_perbaikan_not_brought_within_10_hari_kerja_closes_the_berkas_as_ditolak()
    {
        var driver = AtAssessment();
        driver.Do("perbaikan", "Ruang praktik belum memenuhi rasio peserta");
        var item = driver.State!.OpenItem!;
        item.StepId.ShouldBe("perbaikan");
        item.ApplicantDueAt.ShouldBe(driver.Interpreter.Calendar.DueAt(item.ArrivedAt, driver.Definition.Step("perbaikan").ApplicantLimit!.Waktu));

        driver.Now = item.ApplicantDueAt!.Value.AddMinutes(-1);
        driver.Run(new ExpireApplicantLimit(item.Id), CaseInterpreter.System).ShouldBeOfType<Refused>();
        driver.Now = item.ApplicantDueAt.Value;
        var closed = driver.Run(new ExpireApplicantLimit(item.Id), CaseInterpreter.System).ShouldBeOfType<Accepted>();

        closed.State.EndId.ShouldBe("ditolak");
        driver.Definition.Ends.Single(e => e.Id == closed.State.EndId).Kind.ShouldBe(SopDesk.Workflows.Definitions.EndKind.Rejected);
    }

    [Fact]
    public void The_deadline_runs_from_verifikasi_and_the_pemohons_perbaikan_does_not_count()
    {
        var driver = AtAssessment();
        var spans = new List<StepSpan>();
        driver.Do("perbaikan", "Sertifikat instruktur belum ada");
        var returned = driver.State!.OpenItem!;
        driver.Now = driver.Interpreter.Calendar.DueAt(returned.ArrivedAt, SopDesk.Workflows.Definitions.TimeTarget.Parse("5 hari kerja"));
        driver.Do();

        var definition = driver.Definition;
        var calendar = driver.Interpreter.Calendar;
        // Spans as the store would give them: the steps up to the assessment (office), five working days with the pemohon.
        spans.Add(new StepSpan("verifikasi", CaseDriver.Monday9, CaseDriver.Monday9.AddMinutes(10)));
        spans.Add(new StepSpan("perbaikan", returned.ArrivedAt, driver.Now));
        var withPerbaikan = CaseDeadlineClock.DeadlineOf(definition, calendar, CaseDriver.Monday9, spans, driver.Now);
        var without = CaseDeadlineClock.DeadlineOf(definition, calendar, CaseDriver.Monday9, spans.Take(1), driver.Now);

        without.ShouldBe(calendar.DueAt(CaseDriver.Monday9, definition.CaseDeadline!.Waktu));
        calendar.WorkingTimeBetween(without!.Value, withPerbaikan!.Value)
            .ShouldBe(calendar.WorkingTimeBetween(returned.ArrivedAt, driver.Now), "the pemohon's five working days push the deadline back");
    }
}
