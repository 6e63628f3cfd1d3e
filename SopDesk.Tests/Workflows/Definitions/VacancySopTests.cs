using SopDesk.Data.LaborMarket;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>workflows/503-53-lowongan.json: the office's own SOP for reported and canvassed vacancies (Keppres 4/1980 wajib lapor lowongan).</summary>
public class VacancySopTests
{
    private static readonly DefinitionLoadReport Report = SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder);

    private static SopDefinition Load(string id, string file)
    {
        Report.Failures.Keys.ShouldNotContain(k => k.Contains(file), string.Join("\n", Report.Failures.Values.SelectMany(e => e)));
        return Report.Definitions.Single(d => d.Id == id);
    }

    [Fact]
    public void The_vacancy_SOP_is_reported_online_by_employers_and_numbered_only_when_published()
    {
        var sop = Load("lowongan", "503-53");

        sop.Online.ShouldNotBeNull().Purpose.ShouldBe(OnlinePurpose.Vacancy);
        sop.Online.Audience.ShouldBe([OnlineAudience.PemberiKerja]);
        sop.Lane("pemberi-kerja").Party.ShouldBe(LaneParty.Applicant);
        sop.Lane("pemberi-kerja").Roles.ShouldBe(["pengantar-kerja"]);
        var register = sop.Registers.ShouldHaveSingleItem();
        register.At.ShouldBe("tayangkan");
        sop.Step("tayangkan").Next.ShouldBe("terbit");
        sop.Step("verifikasi").Outcomes.Single(o => o.Id == "tolak").Next.ShouldBe("ditolak");
        sop.Header.DasarHukum.ShouldContain(d => d.Contains("Nomor 4 Tahun 1980"));
    }

    [Fact]
    public void The_office_checks_a_vacancy_within_two_working_days()
    {
        var sop = Load("lowongan", "503-53");

        var officeSteps = sop.Steps.Where(s => sop.Lane(s.Lane).Party != LaneParty.Applicant).ToList();
        officeSteps.Select(s => s.Id).ShouldBe(["verifikasi", "setujui", "tayangkan"]);
        sop.Step("verifikasi").Waktu.ShouldBe(new TimeTarget(1, TimeUnit.WorkingDays, "1 hari kerja"));
        officeSteps.Skip(1).ShouldAllBe(s => s.Waktu.Unit == TimeUnit.Hours);
        officeSteps.Skip(1).Sum(s => s.Waktu.Amount).ShouldBeLessThan(7, "Kasi and the publishing step together take less than one more office day");
    }

    [Fact]
    public void Location_and_education_options_in_the_SOP_files_are_the_catalogs_that_matching_compares()
    {
        var vacancy = Load("lowongan", "503-53").FirstStep;
        var ak1 = Load("ak1", "503-48");
        var regions = Regions.All.Select(r => r.Name).ToList();
        var levels = EducationLevels.All.Select(e => e.Label).ToList();

        vacancy.Fields.Single(f => f.Id == "lokasi").Options.ShouldBe(regions);
        vacancy.Fields.Single(f => f.Id == "pendidikan").Options.ShouldBe(levels);
        ak1.FirstStep.Fields.Single(f => f.Id == "lokasiDiinginkan").Options.ShouldBe([Regions.Anywhere, .. regions]);
        ak1.FirstStep.Fields.Single(f => f.Id == "pendidikan").Options.ShouldBe(levels.Skip(1));
    }
}
