using System.Collections.Immutable;
using System.Text.Json.Nodes;
using SopDesk.Workflows.Definitions;
using static SopDesk.Tests.Web.Documents.DeclaredDocumentTestBed;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>
/// A register's "document" declared in the file: the test SOP's declaration is read whole, the old template-name form
/// still reads, and each mistake an editor can make is refused with the JSON path and an Indonesian reason.
/// </summary>
public sealed class DeclaredDocumentValidationTests
{
    private static ImmutableArray<DefinitionError> Errors(Action<JsonObject> change)
    {
        var (definition, errors) = SopDefinitionLoader.Parse("surat-uji.json", Sop(change).ToJsonString());
        definition.ShouldBeNull();
        return errors;
    }

    private static void ShouldRefuse(Action<JsonObject> change, string path, string reason)
    {
        var errors = Errors(change);
        errors.ShouldContain(e => e.Path == path && e.Message.Contains(reason), string.Join("\n", errors));
    }

    [Fact]
    public void The_declared_surat_is_read_with_its_title_template_signer_validity_fields_and_body()
    {
        var document = Parsed().Registers[0].Document.ShouldNotBeNull();

        document.Id.ShouldBe(DocumentId);
        document.Title.ShouldBe(Title);
        document.Template.ShouldBe(DocumentTemplates.Surat);
        document.SignedAt.ShouldBe("tandatangan");
        document.ValidMonths.ShouldBe(36);
        document.Fields.Select(f => f.Source).ShouldBe(["namaLembaga", "alamatLembaga", "tanggalBerdiri", "nama", "case.number", "step.periksa.actor",
            "document.signedAt", "document.validUntil"]);
        document.Body.ShouldStartWith("Dengan ini menerangkan bahwa {namaLembaga}");
        document.IsShortForm.ShouldBeFalse();
    }

    [Fact]
    public void The_old_template_name_form_of_the_AK1_file_still_reads_as_its_dedicated_layout_with_the_registers_months()
    {
        var (ak1, errors) = SopDefinitionLoader.Parse(DefinitionFiles.Ak1FileName, DefinitionFiles.Ak1Json);
        errors.ShouldBeEmpty();

        var register = ak1!.Registers.Single();
        register.Document.ShouldBe(new DocumentDefinition { Id = "kartu-ak1", Template = DocumentTemplates.KartuAk1 });
        register.Document!.IsShortForm.ShouldBeTrue();
        register.DocumentValidMonths.ShouldBe(24);
    }

    [Fact]
    public void An_unknown_template_is_refused_with_the_choices() =>
        ShouldRefuse(sop => Document(sop)["template"] = "brosur", "$.registers[0].document.template", "templat 'brosur' tidak dikenal (pilihan: surat, kartu");

    [Fact]
    public void An_unknown_name_in_the_old_short_form_is_refused_pointing_to_the_object_form() =>
        ShouldRefuse(sop => sop["registers"]![0]!["document"] = "kartu-baru", "$.registers[0].document",
            "dokumen 'kartu-baru' tidak dikenal: bentuk singkat hanya untuk kartu-ak1, rekomendasi-paspor");

    [Fact]
    public void A_signedAt_that_is_not_a_sign_step_is_refused() =>
        ShouldRefuse(sop => Document(sop)["signedAt"] = "paraf-kasi", "$.registers[0].document.signedAt", "langkah 'paraf-kasi' bukan langkah tanda tangan");

    [Fact]
    public void A_signedAt_naming_no_step_is_refused() =>
        ShouldRefuse(sop => Document(sop)["signedAt"] = "tanda-tangan", "$.registers[0].document.signedAt", "langkah 'tanda-tangan' tidak ada di SOP ini");

    [Fact]
    public void A_document_of_a_SOP_without_any_sign_step_is_refused() =>
        ShouldRefuse(sop =>
        {
            Document(sop).Remove("signedAt");
            sop["steps"]![3]!["kind"] = "paraf";
        }, "$.registers[0].document", "tidak punya langkah tanda tangan");

    [Fact]
    public void A_register_numbered_only_after_the_signature_is_refused_as_its_document_would_never_be_signed() =>
        ShouldRefuse(sop => sop["registers"]![0]!["at"] = "serahkan", "$.registers[0].at", "sesudah langkah tanda tangan 'tandatangan'");

    [Fact]
    public void A_field_with_an_unknown_source_is_refused() =>
        ShouldRefuse(sop => Document(sop)["fields"]![0]!["source"] = "namaLembagaa", "$.registers[0].document.fields[0].source",
            "'namaLembagaa' bukan id isian SOP ini");

    [Fact]
    public void A_body_placeholder_with_an_unknown_source_is_refused() =>
        ShouldRefuse(sop => Document(sop)["body"] = "Lembaga {namaLembaga} di {alamat}.", "$.registers[0].document.body", "'alamat' bukan id isian SOP ini");

    [Fact]
    public void A_body_with_a_lone_brace_is_refused() =>
        ShouldRefuse(sop => Document(sop)["body"] = "Lembaga {namaLembaga.", "$.registers[0].document.body", "kurung kurawal tidak berpasangan");

    [Fact]
    public void The_same_document_id_in_two_registers_of_the_file_is_refused() =>
        ShouldRefuse(sop =>
        {
            var second = sop["registers"]![0]!.DeepClone().AsObject();
            second["id"] = "register-uji-kedua";
            sop["registers"]!.AsArray().Add(second);
        }, "$.registers[2].document.id", "id dokumen 'tanda-daftar-uji' sudah dipakai register 'register-uji'");

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    [InlineData(1200)]
    public void A_validity_outside_1_to_120_months_is_refused(int months) =>
        ShouldRefuse(sop => Document(sop)["validMonths"] = months, "$.registers[0].document.validMonths", $"masa berlaku {months} bulan tidak masuk akal");

    [Fact]
    public void A_validity_written_both_on_the_register_and_in_the_document_is_refused() =>
        ShouldRefuse(sop => sop["registers"]![0]!["validMonths"] = 36, "$.registers[0].validMonths", "masa berlaku ditulis dua kali");

    [Fact]
    public void The_validUntil_source_without_a_validity_is_refused_in_fields_body_and_columns()
    {
        var errors = Errors(sop => Document(sop).Remove("validMonths"));

        foreach (var path in new[] { "$.registers[0].document.fields[7].source", "$.registers[0].document.body", "$.registers[0].columns[4].source" })
            errors.ShouldContain(e => e.Path == path && e.Message.Contains("'document.validUntil' butuh masa berlaku"), path);
    }

    [Fact]
    public void A_document_column_on_a_register_without_a_document_is_refused() =>
        ShouldRefuse(sop =>
        {
            var register = sop["registers"]![0]!.AsObject();
            register.Remove("document");
        }, "$.registers[0].columns[3].source", "register ini tidak menerbitkan dokumen");

    [Fact]
    public void A_dedicated_layout_given_fields_is_refused_as_it_would_not_print_them() =>
        ShouldRefuse(sop => Document(sop)["template"] = DocumentTemplates.KartuAk1, "$.registers[0].document.template",
            "templat 'kartu-ak1' punya tata letak sendiri");

    [Fact]
    public void A_declared_document_without_a_title_is_refused_by_the_schema()
    {
        var errors = Errors(sop => Document(sop).Remove("title"));

        errors.ShouldContain(e => e.Path.StartsWith("$.registers[0].document") && e.Message.Contains("'title'"), string.Join("\n", errors));
    }

    [Fact]
    public void A_misspelt_property_of_a_declared_document_is_named_by_the_schema()
    {
        var errors = Errors(sop =>
        {
            Document(sop).Remove("signedAt");
            Document(sop)["signedat"] = "tandatangan";
        });

        // One cause, one error: the string form's branch of the schema does not add a second line.
        var error = errors.ShouldHaveSingleItem(string.Join("\n", errors));
        error.Path.ShouldBe("$.registers[0].document.signedat");
        error.Message.ShouldContain("properti 'signedat' bukan bagian dari format");
    }
}
