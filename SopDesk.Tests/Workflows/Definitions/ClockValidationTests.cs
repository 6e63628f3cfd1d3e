using System.Text.Json.Nodes;
using SopDesk.Tests.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Definitions;

/// <summary>The applicant limit and the case deadline's anchor are refused when they cannot mean anything (file + JSON path + reason).</summary>
public class ClockValidationTests
{
    private static void ShouldRefuse(Action<JsonObject> change, string path, string phrase)
    {
        var (definition, errors) = ClockDefinitions.Load(change);
        definition.ShouldBeNull();
        errors.ShouldContain(e => e.File == ClockDefinitions.File && e.Path == path && e.Message.Contains(phrase),
            string.Join("\n", errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    [Fact]
    public void A_limit_on_a_returned_or_rejected_end_or_alert_is_accepted()
    {
        ClockDefinitions.WithApplicantLimit().Step("ajukan").ApplicantLimit.ShouldNotBeNull().RemindBefore.ShouldNotBeNull().Text.ShouldBe("2 hari kerja");
        ClockDefinitions.WithApplicantLimit("alert").Step("ajukan").ApplicantLimit!.AlertsOnly.ShouldBeTrue();
        ClockDefinitions.Parse(s =>
        {
            ClockDefinitions.AddEnd(s, "ditolak", "Ditolak", "rejected");
            ClockDefinitions.Limit(s, "ditolak");
        }).Step("ajukan").ApplicantLimit!.OnExpiry.ShouldBe("ditolak");
    }

    [Fact]
    public void Expiry_to_an_end_of_another_kind_is_refused() =>
        ShouldRefuse(s => ClockDefinitions.Limit(s, "selesai"), "$.steps[0].applicantLimit.onExpiry", "hanya dapat menutup berkas ke akhir berjenis returned atau rejected");

    [Fact]
    public void Expiry_to_an_unknown_end_is_refused() =>
        ShouldRefuse(s => ClockDefinitions.Limit(s, "hangus"), "$.steps[0].applicantLimit.onExpiry", "'hangus' bukan akhir");

    [Fact]
    public void A_limit_on_a_step_on_the_office_clock_is_refused() =>
        ShouldRefuse(s => ClockDefinitions.Limit(s, step: 2), "$.steps[2].applicantLimit", "hanya boleh pada langkah yang waktunya milik pemohon");

    [Fact]
    public void A_reminder_not_shorter_than_the_limit_is_refused() =>
        ShouldRefuse(s => ClockDefinitions.Limit(s, remindBefore: "2 minggu"), "$.steps[0].applicantLimit.remindBefore", "harus lebih pendek");

    [Fact]
    public void A_deadline_from_an_unknown_step_is_refused() =>
        ShouldRefuse(s => s["caseDeadline"] = new JsonObject { ["waktu"] = "14 hari kerja", ["from"] = "verifikasi" },
            "$.caseDeadline.from", "'verifikasi' bukan id langkah");

    [Fact]
    public void A_warning_not_shorter_than_the_deadline_is_refused() =>
        ShouldRefuse(s => s["caseDeadline"] = new JsonObject { ["waktu"] = "14 hari kerja", ["warnBefore"] = "14 hari kerja" },
            "$.caseDeadline.warnBefore", "harus lebih pendek");

    [Fact]
    public void A_limit_without_onExpiry_is_refused_by_the_schema()
    {
        var (definition, errors) = ClockDefinitions.Load(s => s["steps"]![0]!["applicantLimit"] = new JsonObject { ["waktu"] = "10 hari kerja" });
        definition.ShouldBeNull();
        errors.ShouldContain(e => e.Path.StartsWith("$.steps[0].applicantLimit"));
    }
}
