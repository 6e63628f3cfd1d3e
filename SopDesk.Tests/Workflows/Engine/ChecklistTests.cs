using System.Collections.Immutable;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>
/// The periksa checklist of AK1 (Fotokopi KTP, Fotokopi ijazah terakhir, Pas foto 3x4, Pas foto 2x3): the engine
/// keeps which items were ticked with the step, and "lengkap" needs every item that is not optional.
/// </summary>
public class ChecklistTests
{
    private const string Ktp = "Fotokopi KTP";
    private const string Ijazah = "Fotokopi ijazah terakhir";
    private const string Foto3x4 = "Pas foto 3x4 (2 lembar)";
    private const string Foto2x3 = "Pas foto 2x3 (1 lembar)";

    private static ImmutableDictionary<string, string> Ticked(params string[] items) =>
        ImmutableDictionary<string, string>.Empty.Add(ChecklistTicks.Key, ChecklistTicks.Encode(items));

    private static CaseDriver AtPeriksa(SopDefinition? definition = null)
    {
        var driver = definition is null ? new CaseDriver("ak1") : new CaseDriver(definition);
        driver.Start();
        return driver;
    }

    private static ImmutableHashSet<string> Recorded(Accepted accepted) =>
        ChecklistTicks.Read(accepted.Closed!.Values).ShouldNotBeNull();

    [Fact]
    public void Lengkap_with_a_required_item_unticked_is_refused_naming_it()
    {
        var refused = AtPeriksa().Try("petugas-penerima", "lengkap", values: Ticked(Ktp, Foto3x4, Foto2x3)).ShouldBeOfType<Refused>();

        refused.Reason.ShouldBe(RefusalReason.InvalidInput);
        refused.FieldErrors[ChecklistTicks.Key].ShouldStartWith($"Belum dicentang: {Ijazah}.");
        refused.FieldErrors[ChecklistTicks.Key].ShouldNotContain(Ktp);
        refused.Message.ShouldContain(Ijazah);
    }

    [Fact]
    public void Lengkap_with_nothing_ticked_names_every_required_item()
    {
        var refused = AtPeriksa().Try("petugas-penerima", "lengkap", values: ImmutableDictionary<string, string>.Empty).ShouldBeOfType<Refused>();

        refused.FieldErrors[ChecklistTicks.Key].ShouldContain($"{Ktp}, {Ijazah}, {Foto3x4}, {Foto2x3}");
    }

    [Fact]
    public void Lengkap_with_every_item_ticked_is_accepted_and_the_ticks_are_kept_with_the_step_not_the_berkas_data()
    {
        var driver = AtPeriksa();
        var accepted = driver.Try("petugas-penerima", "lengkap", values: Ticked(Foto2x3, Ktp, Ijazah, Foto3x4)).ShouldBeOfType<Accepted>();

        // Kept in the file's order.
        accepted.Closed!.Values[ChecklistTicks.Key].ShouldBe(ChecklistTicks.Encode([Ktp, Ijazah, Foto3x4, Foto2x3]));
        accepted.State.Data.ShouldNotContainKey(ChecklistTicks.Key);
    }

    [Fact]
    public void An_optional_item_may_stay_unticked()
    {
        var ak1 = CaseDriver.Definitions["ak1"];
        var periksa = ak1.Step("periksa");
        var optional = periksa with { Checklist = [.. periksa.Checklist.Select(i => i.Item == Foto2x3 ? i with { Optional = true } : i)] };
        var definition = ak1 with { Steps = [.. ak1.Steps.Select(s => s.Id == "periksa" ? optional : s)] };

        var accepted = AtPeriksa(definition).Try("petugas-penerima", "lengkap", values: Ticked(Ktp, Ijazah, Foto3x4)).ShouldBeOfType<Accepted>();

        Recorded(accepted).ShouldBe([Ktp, Ijazah, Foto3x4], ignoreOrder: true);
    }

    [Fact]
    public void Tidak_lengkap_needs_no_ticks_and_records_the_ones_given()
    {
        var driver = AtPeriksa();
        var accepted = driver.Try("petugas-penerima", "tidak-lengkap", note: "Ijazah belum ada", values: Ticked(Ktp, Foto3x4)).ShouldBeOfType<Accepted>();

        accepted.State.Status.ShouldBe(CaseStatus.WaitingOnApplicant);
        Recorded(accepted).ShouldBe([Ktp, Foto3x4], ignoreOrder: true);
    }

    [Fact]
    public void Tidak_lengkap_with_nothing_ticked_records_an_empty_check()
    {
        var accepted = AtPeriksa().Try("petugas-penerima", "tidak-lengkap", note: "Tidak membawa berkas", values: ImmutableDictionary<string, string>.Empty)
            .ShouldBeOfType<Accepted>();

        Recorded(accepted).ShouldBeEmpty();
    }

    [Fact]
    public void The_SOP_file_marks_an_item_optional()
    {
        var checklist = CaseDriver.Definitions["paspor"].Step("disposisi-kadis").Checklist;

        checklist.Single(i => i.Optional).Item.ShouldBe("Paspor (jika ada)"); // the source's "Paspor jika ada"
        checklist.First().ShouldBe(new ChecklistItem("Surat permohonan"));
    }

    [Fact]
    public void A_tick_of_an_item_not_on_the_list_is_refused()
    {
        var refused = AtPeriksa().Try("petugas-penerima", "lengkap", values: Ticked(Ktp, Ijazah, Foto3x4, Foto2x3, "Surat kuasa")).ShouldBeOfType<Refused>();

        refused.FieldErrors[ChecklistTicks.Key].ShouldContain("\"Surat kuasa\" tidak ada pada daftar periksa langkah 2");
    }

    [Fact]
    public void A_step_without_a_checklist_refuses_ticks_as_an_unknown_value()
    {
        var driver = AtPeriksa();
        driver.Do("lengkap");

        var refused = driver.Try("pengadministrasi", values: FieldExamples.For(driver.Definition.Step("input-data")).AddRange(Ticked(Ktp))).ShouldBeOfType<Refused>();

        refused.FieldErrors.ShouldContainKey(ChecklistTicks.Key);
    }
}
