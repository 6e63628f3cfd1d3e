using System.Collections.Immutable;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

public class RefusalTests
{
    [Fact]
    public void Acting_on_another_lanes_step_is_refused()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        var refused = driver.Try("pengadministrasi", "lengkap").ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.NotYourLane);
        refused.Message.ShouldContain("Petugas Penerima");
    }

    [Fact]
    public void Starting_a_case_outside_the_first_lane_is_refused()
    {
        new CaseDriver("ak1").TryStart("kabid").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotYourLane);
    }

    [Fact]
    public void Completing_a_step_twice_is_refused()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        var firstItem = driver.State!.OpenItem!.Id;
        driver.Do("lengkap");

        var again = driver.Try("petugas-penerima", "lengkap", itemId: firstItem).ShouldBeOfType<Refused>();
        again.Reason.ShouldBe(RefusalReason.StepAlreadyDone);
    }

    [Fact]
    public void A_closed_case_refuses_every_command()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Walk("periksa:lengkap > input-data > paraf-kasi:paraf > tandatangan:tandatangan > serahkan");
        var result = driver.Interpreter.Execute(driver.Definition, driver.State!,
            CompleteStep.Of(Guid.NewGuid()), CaseDriver.As("petugas-penerima"), driver.Office, driver.Now);
        result.ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.CaseClosed);
    }

    [Fact]
    public void A_missing_required_field_is_refused_with_the_field_named()
    {
        var driver = new CaseDriver("ak1");
        var values = SampleValues.For(driver.Definition.FirstStep).Remove("nama");
        var refused = driver.TryStart(values: values).ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.InvalidInput);
        refused.FieldErrors["nama"].ShouldBe("Nama lengkap wajib diisi.");
    }

    [Theory]
    [InlineData("167201450590000", "16 digit")]        // 15 digits
    [InlineData("16720145059000AB", "16 digit")]       // letters
    [InlineData("0000004505900003", "kode wilayah")]   // no region
    [InlineData("1672013213900003", "tanggal lahir")]  // month 13
    [InlineData("1672017505900003", "tanggal lahir")]  // day 75 − 40 = 35
    [InlineData("1672014505900000", "nomor urut")]     // serial 0000
    public void An_invalid_NIK_is_refused_with_the_reason(string nik, string reason)
    {
        var driver = new CaseDriver("ak1");
        var values = SampleValues.For(driver.Definition.FirstStep).SetItem("nik", nik);
        var refused = driver.TryStart(values: values).ShouldBeOfType<Refused>();
        refused.FieldErrors["nik"].ShouldContain(reason);
    }

    [Fact]
    public void An_unknown_field_is_refused()
    {
        var driver = new CaseDriver("ak1");
        var values = SampleValues.For(driver.Definition.FirstStep).Add("gaji", "10");
        driver.TryStart(values: values).ShouldBeOfType<Refused>().FieldErrors.ShouldContainKey("gaji");
    }

    [Fact]
    public void An_unknown_outcome_is_refused()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Try(null, "setengah-lengkap").ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.UnknownOutcome);
    }

    [Fact]
    public void A_decision_without_an_outcome_is_refused()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Try(null).ShouldBeOfType<Refused>().FieldErrors.ShouldContainKey("outcome");
    }

    [Fact]
    public void Tidak_lengkap_without_saying_what_is_missing_is_refused()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        var refused = driver.Try(null, "tidak-lengkap", note: "  ").ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.InvalidInput);
        refused.FieldErrors.ShouldContainKey("note");
    }

    [Fact]
    public void A_case_is_refused_by_another_version_of_its_definition()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        var other = driver.Definition with { ContentHash = new string('0', 64) };
        driver.Interpreter.Execute(other, driver.State!, CompleteStep.Of(driver.State!.OpenItem!.Id, "lengkap"),
            CaseDriver.As("petugas-penerima"), driver.Office, driver.Now)
            .ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.WrongDefinition);
    }

    [Fact]
    public void A_refusal_changes_nothing()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        var before = driver.State;
        driver.Try("kabid", "lengkap").ShouldBeOfType<Refused>();
        driver.State.ShouldBeSameAs(before);
    }

    [Fact]
    public void Due_times_come_from_the_working_calendar()
    {
        // Friday 15:58 + 5 menit → Monday 07:33 (office closes 16:00, opens 07:30).
        var driver = new CaseDriver("ak1") { Now = new DateTimeOffset(2026, 11, 20, 15, 58, 0, TimeSpan.FromHours(7)) };
        var started = driver.Start();
        started.Opened!.DueAt.ShouldBe(new DateTimeOffset(2026, 11, 23, 7, 33, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public void Values_are_kept_on_the_case_and_later_steps_add_to_them()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.State!.Data["nik"].ShouldBe(SampleValues.ValidNik);
        driver.Walk("periksa:lengkap");
        driver.Do(role: "pengadministrasi");
        driver.State.Data.ShouldContainKey("agama");
        driver.State.Data.ShouldContainKey("nama");
    }
}

public class ResubmissionTests
{
    [Fact]
    public void A_resubmission_needs_only_what_changes()
    {
        // ajukan (all fields) → periksa: tidak lengkap → ajukan again with only the corrected address
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Do("tidak-lengkap", "Alamat tidak sesuai KTP");
        var fix = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("alamat", "Jl. Kapten Sanap No. 7");

        var resubmitted = driver.Try(null, values: fix).ShouldBeOfType<SopDesk.Workflows.Engine.Accepted>();
        resubmitted.State.Data["alamat"].ShouldBe("Jl. Kapten Sanap No. 7");
        resubmitted.State.Data["nama"].ShouldNotBeNullOrEmpty();
    }
}
