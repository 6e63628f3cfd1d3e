using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>The "online" block is refused where the applicant could not do the first step or an upload cannot mean anything.</summary>
public class OnlineValidationTests
{
    private const string File = "ak1-online.json";

    private static (SopDefinition? Definition, System.Collections.Immutable.ImmutableArray<DefinitionError> Errors) Load(Action<JsonObject> change)
    {
        var sop = DefinitionFiles.Ak1();
        change(sop);
        return SopDefinitionLoader.Parse(File, sop.ToJsonString());
    }

    private static void ShouldRefuse(Action<JsonObject> change, string path, string phrase)
    {
        var (definition, errors) = Load(change);
        definition.ShouldBeNull();
        errors.ShouldContain(e => e.File == File && e.Path == path && e.Message.Contains(phrase),
            string.Join("\n", errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    private static JsonArray Uploads(JsonObject sop) => sop["online"]!["uploads"]!.AsArray();

    [Fact]
    public void The_ak1_and_passport_files_declare_their_online_application()
    {
        var ak1 = SopDefinitionLoader.Parse(DefinitionFiles.Ak1FileName, DefinitionFiles.Ak1Json).Definition.ShouldNotBeNull();
        ak1.Online.ShouldNotBeNull().Purpose.ShouldBe(OnlinePurpose.Application);
        ak1.Online.Uploads.Single(u => u.Photo).Accept.ShouldBe([UploadType.Jpeg, UploadType.Png]);
        ak1.Steps[0].ApplicantLimit.ShouldNotBeNull().OnExpiry.ShouldBe("dikembalikan");
        var paspor = SopDefinitionLoader.Parse("503-49-rekomendasi-paspor.json",
            System.IO.File.ReadAllText(Path.Combine(DefinitionFiles.Folder, "503-49-rekomendasi-paspor.json"))).Definition.ShouldNotBeNull();
        paspor.Online.ShouldNotBeNull().Audience.ShouldBe([OnlineAudience.PencariKerja]);
        paspor.Online.Upload("paspor").ShouldNotBeNull().Required.ShouldBeFalse();
    }

    [Fact]
    public void Online_with_a_first_step_on_a_staff_lane_is_refused() =>
        ShouldRefuse(s => s["steps"]![0]!["lane"] = "petugas-penerima", "$.online", "langkah pertama pada lajur pemohon");

    [Fact]
    public void A_duplicate_upload_id_is_refused() =>
        ShouldRefuse(s => Uploads(s)[1]!["id"] = "ktp", "$.online.uploads[1].id", "id unggahan 'ktp' dipakai lebih dari sekali");

    [Fact]
    public void A_requirement_that_is_no_checklist_item_is_refused() =>
        ShouldRefuse(s => Uploads(s)[0]!["requirement"] = "Fotokopi SIM", "$.online.uploads[0].requirement", "bukan butir daftar periksa");

    [Fact]
    public void A_second_photo_is_refused() =>
        ShouldRefuse(s => { Uploads(s)[0]!["photo"] = true; Uploads(s)[0]!["accept"] = new JsonArray("jpeg"); },
            "$.online.uploads[2].photo", "hanya satu unggahan boleh menjadi pas foto");

    [Fact]
    public void A_photo_accepting_pdf_is_refused() =>
        ShouldRefuse(s => Uploads(s)[2]!["accept"] = new JsonArray("jpeg", "pdf"), "$.online.uploads[2].accept", "hanya boleh berjenis jpeg atau png");

    [Fact]
    public void An_application_without_audience_is_refused() =>
        ShouldRefuse(s => s["online"]!.AsObject().Remove("audience"), "$.online.audience", "harus menyebut siapa yang boleh mengajukan");

    [Fact]
    public void A_max_size_outside_the_range_is_refused_by_the_schema()
    {
        var (definition, errors) = Load(s => Uploads(s)[0]!["maxKb"] = 20480);
        definition.ShouldBeNull();
        errors.ShouldContain(e => e.Path.StartsWith("$.online.uploads[0]"), string.Join("\n", errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    [Fact]
    public void A_max_size_outside_the_range_is_refused_by_the_validator_for_definitions_built_in_code()
    {
        var ak1 = SopDefinitionLoader.Parse(DefinitionFiles.Ak1FileName, DefinitionFiles.Ak1Json).Definition.ShouldNotBeNull();
        var online = ak1.Online! with { Uploads = [.. ak1.Online!.Uploads.Select((u, i) => i == 0 ? u with { MaxKb = 10 } : u)] };
        var errors = SopDefinitionValidator.Validate(File, ak1 with { Online = online });
        errors.ShouldContain(e => e.Path == "$.online.uploads[0].maxKb" && e.Message.Contains("di luar batas 50–10240 KB"));
    }
}
