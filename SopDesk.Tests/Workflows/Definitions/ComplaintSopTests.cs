using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>workflows/503-52-pengaduan.json: the office's own complaint SOP written from Perwali Banjarbaru 29/2015.</summary>
public class ComplaintSopTests
{
    private static SopDefinition Load()
    {
        var report = SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder);
        report.Failures.Keys.ShouldNotContain(k => k.Contains("503-52"), string.Join("\n", report.Failures.Values.SelectMany(e => e)));
        return report.Definitions.Single(d => d.Id == "pengaduan");
    }

    [Fact]
    public void The_complaint_SOP_validates_and_is_offered_online_to_everyone()
    {
        var sop = Load();

        sop.Header.Nomor.ShouldBe("503/52/SOP.TK/DISPMPTSPTK/2026");
        sop.Header.DasarHukum.ShouldContain(d => d.Contains("Banjarbaru No. 29 Tahun 2015") && d.Contains("2 (dua) hari kerja"));
        sop.Header.DasarHukum.ShouldContain(d => d.Contains("25 Tahun 2009"));
        sop.Online.ShouldNotBeNull().Purpose.ShouldBe(OnlinePurpose.Complaint);
        sop.Online.Audience.ShouldBe([OnlineAudience.Umum, OnlineAudience.PencariKerja, OnlineAudience.PemberiKerja], ignoreOrder: true);
        sop.Lane("pelapor").Party.ShouldBe(LaneParty.Applicant);
        sop.Lane("pelapor").Roles.ShouldBe(["operator-layanan"]);
    }

    [Fact]
    public void The_first_response_is_due_in_two_working_days_and_the_whole_complaint_too()
    {
        var sop = Load();

        sop.FirstStep.Fields.Single(f => f.Id == "isiPengaduan").ShouldSatisfyAllConditions(f => f.Required.ShouldBeTrue(), f => f.MaxLength.ShouldBe(2000));
        sop.FirstStep.Fields.Single(f => f.Id == "layananTerkait").Options.ShouldContain("Lainnya");
        var response = sop.Step("tanggapan-pertama");
        response.Waktu.ShouldBe(new TimeTarget(2, TimeUnit.WorkingDays, "2 hari"));
        response.Fields.Single(f => f.Id == "tanggapan").Label.ShouldContain("ditampilkan kepada pelapor");
        sop.CaseDeadline.ShouldNotBeNull().Waktu.ShouldBe(new TimeTarget(2, TimeUnit.WorkingDays, "2 hari kerja"));
    }

    [Fact]
    public void Follow_up_ends_resolved_or_not_resolvable_with_a_reason_and_its_repeat_is_bounded()
    {
        var step = Load().Step("tindak-lanjut");

        step.Outcomes.Single(o => o.Id == "perlu-waktu").Kind.ShouldBe(OutcomeKind.Repeat);
        step.MaxVisits.ShouldBe(4);
        step.Outcomes.Single(o => o.Id == "tidak-dapat-diselesaikan").RequiresNote.ShouldBeTrue();
        Load().Ends.Select(e => (e.Id, e.Kind)).ShouldBe([("selesai", EndKind.Completed), ("tidak-dapat-diselesaikan", EndKind.Rejected)]);
    }
}
