using System.Text.Json;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

public class SopDefinitionLoaderTests
{
    [Fact]
    public void All_real_definition_files_load_without_errors()
    {
        var report = SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder);

        report.Failures.ShouldBeEmpty(string.Join("\n", report.Failures.Values.SelectMany(e => e)));
        report.Definitions.Select(d => d.Id).Order().ShouldBe(["ak1", "jakon", "jht", "lowongan", "lpk-swasta", "paspor", "pelatihan", "pengaduan", "perselisihan", "verifikasi-pengguna"]);
        report.Definitions.ShouldAllBe(d => d.ContentHash.Length == 64);
    }

    [Fact]
    public void The_AK1_file_reads_into_the_model()
    {
        var (ak1, errors) = SopDefinitionLoader.Parse(DefinitionFiles.Ak1FileName, DefinitionFiles.Ak1Json);

        errors.ShouldBeEmpty();
        ak1.ShouldNotBeNull();
        ak1.Steps.Length.ShouldBe(6);
        ak1.Step("periksa").Outcomes[1].Kind.ShouldBe(OutcomeKind.Return);
        ak1.Step("input-data").Waktu.ShouldBe(new TimeTarget(10, TimeUnit.Minutes, "10 menit"));
        ak1.Lane("pemohon").Party.ShouldBe(LaneParty.Applicant);
        ak1.Substitutions.ShouldHaveSingleItem().ActingRole.ShouldBe("kasi");
        ak1.SourceJson.ShouldBe(DefinitionFiles.Ak1Json);
    }

    [Fact]
    public void The_mediation_SOP_bounds_its_bipartite_meetings_and_carries_a_case_deadline()
    {
        var sop = LoadReal("perselisihan");

        var bipartit = sop.Step("bipartit");
        bipartit.MaxVisits.ShouldBe(2);
        bipartit.Outcomes.Single(o => o.Id == "pertemuan-kedua").Kind.ShouldBe(OutcomeKind.Repeat);
        bipartit.Outcomes.Single(o => o.Id == "masih-berselisih").MinVisits.ShouldBe(2);
        sop.Ends.Single(e => e.Id == "damai").Kind.ShouldBe(EndKind.Settled);
        sop.CaseDeadline.ShouldNotBeNull().Waktu.ShouldBe(new TimeTarget(30, TimeUnit.WorkingDays, "30 hari kerja"));
    }

    [Fact]
    public void The_training_SOP_is_internal_and_waits_on_an_external_clock()
    {
        var sop = LoadReal("pelatihan");

        sop.Lanes.ShouldNotContain(l => l.Party == LaneParty.Applicant);
        sop.FirstStep.Lane.ShouldBe("jfu");
        sop.Step("terima-jawaban").Clock.ShouldBe(ClockOwner.External);
        sop.Step("terima-jawaban").Waktu.Unit.ShouldBe(TimeUnit.WorkingWeeks);
    }

    [Fact]
    public void Every_applicant_SOP_returns_an_incomplete_berkas_to_step_one()
    {
        var report = SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder);

        // A complaint (503/52) or an account verification (503/51) has no completeness check: nothing to hand back.
        foreach (var sop in report.Definitions.Where(d => d.Lanes.Any(l => l.Party == LaneParty.Applicant) && d.Online?.Purpose is null or OnlinePurpose.Application))
        {
            var incomplete = sop.Steps[1].Outcomes.Single(o => o.Id == "tidak-lengkap");
            incomplete.Next.ShouldBe(sop.FirstStep.Id, sop.Id);
            incomplete.Kind.ShouldBe(OutcomeKind.Return, sop.Id);
            sop.Ends.ShouldContain(e => e.Kind == EndKind.Returned, sop.Id);
            sop.Summary.NikField.ShouldNotBeNull(sop.Id);
        }
    }

    [Fact]
    public void A_folder_with_one_good_and_one_bad_file_yields_one_definition_and_one_failure()
    {
        var folder = Directory.CreateTempSubdirectory("sopdesk-defs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, DefinitionFiles.Ak1FileName), DefinitionFiles.Ak1Json);
            File.WriteAllText(Path.Combine(folder.FullName, "rusak.json"), "{ \"id\": \"rusak\", ");
            File.WriteAllText(Path.Combine(folder.FullName, SopDefinitionLoader.SchemaFileName), "{}");

            var report = SopDefinitionLoader.LoadDirectory(folder.FullName);

            report.Definitions.ShouldHaveSingleItem().Id.ShouldBe("ak1");
            var failure = report.Failures.ShouldHaveSingleItem();
            failure.Key.ShouldBe("rusak.json");
            var error = failure.Value.ShouldHaveSingleItem();
            error.File.ShouldBe("rusak.json");
            error.Message.ShouldContain("bukan JSON yang valid");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_refused()
    {
        var (definition, errors) = SopDefinitionLoader.Parse("list.json", "[1, 2]");

        definition.ShouldBeNull();
        errors.ShouldHaveSingleItem().ShouldBe(new DefinitionError("list.json", "$", "berkas harus berisi satu objek JSON { … }"));
    }

    [Fact]
    public void The_content_hash_changes_when_a_steps_waktu_changes()
    {
        var changed = DefinitionFiles.Ak1();
        changed["steps"]![2]!["waktu"] = "15 menit";

        HashOf(changed.ToJsonString()).ShouldNotBe(HashOf(DefinitionFiles.Ak1Json));
    }

    [Fact]
    public void The_content_hash_ignores_whitespace_comments_and_the_schema_reference()
    {
        var original = HashOf(DefinitionFiles.Ak1Json);
        var compact = DefinitionFiles.Ak1().ToJsonString();
        var indented = DefinitionFiles.Ak1().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var withComment = "// kantor: revisi tata letak\n" + indented;
        var withoutSchema = DefinitionFiles.Ak1();
        withoutSchema.Remove("$schema");

        HashOf(compact).ShouldBe(original);
        HashOf(withComment).ShouldBe(original);
        HashOf(withoutSchema.ToJsonString()).ShouldBe(original);
    }

    private static string HashOf(string json)
    {
        var (definition, errors) = SopDefinitionLoader.Parse("ak1.json", json);
        errors.ShouldBeEmpty();
        return definition!.ContentHash;
    }

    private static SopDefinition LoadReal(string id) =>
        SopDefinitionLoader.LoadDirectory(DefinitionFiles.Folder).Definitions.Single(d => d.Id == id);
}
