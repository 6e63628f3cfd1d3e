using System.Collections.Immutable;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Workflows.Engine;

/// <summary>Claim, reassignment, disposisi and its withdrawal, and the named Plh — as the interpreter decides them.</summary>
public class HolderTests
{
    private static readonly Actor Ani = Actor.Of("ani", "Ani", "pengadministrasi");
    private static readonly Actor Budi = Actor.Of("budi", "Budi", "pengadministrasi");
    private static readonly Actor Kasi = Actor.Of("kasi-1", "Kasi Satu", "kasi");
    private static readonly Actor Kabid = Actor.Of("kabid-1", "Kabid Satu", "kabid");

    private static StaffRef Ref(Actor actor) => new(actor.UserId, actor.Name, actor.Roles);

    private static CompleteStep Complete(CaseDriver driver, Guid item) =>
        new(item, null, SampleValues.For(driver.Definition.Step(driver.State!.OpenItem!.StepId)), null);

    private static CaseDriver Ak1AtInputData()
    {
        var driver = new CaseDriver("ak1");
        driver.Start();
        driver.Walk("periksa:lengkap");
        driver.State!.OpenItem!.StepId.ShouldBe("input-data");
        return driver;
    }

    [Fact]
    public void A_claimed_item_can_be_completed_only_by_its_holder()
    {
        var driver = Ak1AtInputData();
        var item = driver.State!.OpenItem!.Id;
        driver.Run(new ClaimItem(item), Ani).ShouldBeOfType<HolderChanged>().Entry.Action.ShouldBe(JournalAction.Claimed);

        var refused = driver.Run(Complete(driver, item), Budi).ShouldBeOfType<Refused>();
        refused.Reason.ShouldBe(RefusalReason.HeldByOther);
        refused.Message.ShouldContain("Ani");
        driver.Run(new ClaimItem(item), Budi).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.HeldByOther);
        driver.Interpreter.AllowedActions(driver.Definition, driver.State!, Budi, driver.Office).ShouldBeEmpty();

        driver.Run(Complete(driver, item), Ani).ShouldBeOfType<Accepted>().Closed!.ActorUserId.ShouldBe("ani");
    }

    [Fact]
    public void Only_the_holder_releases_and_then_anyone_of_the_lane_may_act()
    {
        var driver = Ak1AtInputData();
        var item = driver.State!.OpenItem!.Id;
        driver.Run(new ClaimItem(item), Ani);
        driver.Run(new ReleaseItem(item), Budi).ShouldBeOfType<Refused>();
        driver.Run(new ReleaseItem(item), Ani).ShouldBeOfType<HolderChanged>().Item.Holder.ShouldBeNull();
        driver.Run(Complete(driver, item), Budi).ShouldBeOfType<Accepted>();
    }

    [Fact]
    public void Claiming_another_lanes_item_is_refused()
    {
        var driver = Ak1AtInputData();
        driver.Run(new ClaimItem(driver.State!.OpenItem!.Id), Kasi).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotYourLane);
    }

    [Fact]
    public void A_superior_reassigns_with_a_reason_to_an_officer_of_the_lane()
    {
        var driver = Ak1AtInputData();
        var item = driver.State!.OpenItem!.Id;
        driver.Run(new ClaimItem(item), Ani);

        driver.Run(new ReassignItem(item, Ref(Budi), "Ani cuti"), Budi).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotSupervisor);
        driver.Run(new ReassignItem(item, Ref(Budi), "  "), Kasi).ShouldBeOfType<Refused>().FieldErrors.ShouldContainKey("reason");
        driver.Run(new ReassignItem(item, Ref(Kabid), "salah"), Kasi).ShouldBeOfType<Refused>().FieldErrors.ShouldContainKey("to");

        var moved = driver.Run(new ReassignItem(item, Ref(Budi), "Ani cuti"), Kasi).ShouldBeOfType<HolderChanged>();
        moved.Item.Holder!.ShouldSatisfyAllConditions(
            h => h.UserId.ShouldBe("budi"), h => h.Kind.ShouldBe(HoldKind.Reassigned), h => h.Instruction.ShouldBe("Ani cuti"));
        moved.Entry.Detail.ShouldBe("Dialihkan kepada Budi (sebelumnya Ani): Ani cuti");
        driver.Run(Complete(driver, item), Ani).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.HeldByOther);
        driver.Run(Complete(driver, item), Budi).ShouldBeOfType<Accepted>();
    }

    [Fact]
    public void A_disposisi_step_routes_the_next_step_to_the_named_officer()
    {
        var driver = new CaseDriver("paspor");
        driver.Start();
        driver.Walk("disposisi-kadis:lengkap");
        var kabidItem = driver.State!.OpenItem!.Id;

        var routed = driver.Run(new CompleteStep(kabidItem, null, ImmutableDictionary<string, string>.Empty, "Mohon diverifikasi hari ini")
            { DisposeTo = Ref(Budi) }, Kabid).ShouldBeOfType<Accepted>();

        routed.Opened!.Holder!.ShouldSatisfyAllConditions(
            h => h.UserId.ShouldBe("budi"), h => h.Kind.ShouldBe(HoldKind.Disposisi), h => h.ByUserId.ShouldBe("kabid-1"),
            h => h.Instruction.ShouldBe("Mohon diverifikasi hari ini"));
        routed.Journal.ShouldContain(j => j.Action == JournalAction.Disposisi && j.Detail == "Disposisi kepada Budi: Mohon diverifikasi hari ini");
        driver.Run(Complete(driver, routed.Opened.Id), Ani).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.HeldByOther);
    }

    [Fact]
    public void A_disposisi_to_an_officer_who_cannot_act_on_the_next_step_is_refused()
    {
        var driver = new CaseDriver("paspor");
        driver.Start();
        driver.Walk("disposisi-kadis:lengkap");
        var refused = driver.Run(new CompleteStep(driver.State!.OpenItem!.Id, null, ImmutableDictionary<string, string>.Empty, "x")
            { DisposeTo = Ref(Kasi) }, Kabid).ShouldBeOfType<Refused>();
        refused.FieldErrors.ShouldContainKey("disposeTo");
        refused.Message.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void A_disposisi_can_be_withdrawn_by_its_giver_until_the_recipient_opens_it()
    {
        var driver = Ak1AtInputData();
        var item = driver.State!.OpenItem!.Id;
        driver.Run(new DisposeItem(item, Ref(Ani), "Segera"), Kasi).ShouldBeOfType<HolderChanged>();

        driver.Run(new WithdrawDisposisi(item), Kabid).ShouldBeOfType<Refused>();
        driver.Run(new WithdrawDisposisi(item), Kasi).ShouldBeOfType<HolderChanged>().Item.Holder.ShouldBeNull();

        driver.Run(new DisposeItem(item, Ref(Ani), "Segera"), Kasi);
        var seen = driver.State!.OpenItem! with { Holder = driver.State.OpenItem.Holder! with { SeenAt = driver.Now } };
        var opened = driver.State with { OpenItem = seen };
        var late = driver.Interpreter.Execute(driver.Definition, opened, new WithdrawDisposisi(item), Kasi, driver.Office, driver.Now)
            .ShouldBeOfType<Refused>();
        late.Message.ShouldContain("sudah membuka berkas");
    }

    [Fact]
    public void A_named_Plh_signs_and_another_Kasi_does_not()
    {
        var driver = new CaseDriver("ak1", new OfficeContext([new Absence("kabid", "kasi-1")]));
        driver.Start();
        driver.Walk("periksa:lengkap > input-data > paraf-kasi:paraf");
        var item = driver.State!.OpenItem!.Id;

        var other = Actor.Of("kasi-2", "Kasi Dua", "kasi");
        driver.Run(CompleteStep.Of(item, "tandatangan"), other).ShouldBeOfType<Refused>().Reason.ShouldBe(RefusalReason.NotYourLane);
        var signed = driver.Run(CompleteStep.Of(item, "tandatangan"), Kasi with { Nip = "198503302003121002" }).ShouldBeOfType<Accepted>();
        signed.Closed!.ActingAs.ShouldBe("Plh. kabid");
        signed.Journal.Single().Detail.ShouldStartWith("Ditandatangani (Plh. kabid), NIP 198503302003121002");
    }

    [Fact]
    public void Holder_actions_are_listed_exactly_when_accepted()
    {
        var driver = Ak1AtInputData();
        var item = driver.State!.OpenItem!.Id;
        foreach (var actor in new[] { Ani, Budi, Kasi, Kabid })
        {
            var listed = driver.Interpreter.AllowedActions(driver.Definition, driver.State!, actor, driver.Office).Select(a => a.Command).ToHashSet();
            listed.Contains(CommandKind.Claim).ShouldBe(driver.Interpreter.Execute(driver.Definition, driver.State!, new ClaimItem(item), actor, driver.Office, driver.Now) is HolderChanged, actor.Name);
            listed.Contains(CommandKind.Reassign).ShouldBe(driver.Interpreter.Execute(driver.Definition, driver.State!, new ReassignItem(item, Ref(Ani), "r"), actor, driver.Office, driver.Now) is HolderChanged, actor.Name);
        }
    }
}
