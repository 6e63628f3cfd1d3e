using SopDesk.Web.Features.Live;
using SopDesk.Workflows.Engine;
using Shouldly;
using static SopDesk.Tests.Web.Live.LiveBed;

namespace SopDesk.Tests.Web.Live;

public class TargetedDispatchTests
{
    private readonly Guid _caseA = Guid.NewGuid(), _caseB = Guid.NewGuid();

    [Fact]
    public async Task An_officer_of_one_lane_is_not_woken_by_a_step_moving_between_other_lanes()
    {
        var events = NewEvents();
        var administrator = Listener.On(events, InterestOf(Officer("u-adm", "pengadministrasi")));
        var receiver = Listener.On(events, InterestOf(Officer("u-pp", "petugas-penerima")));

        // The petugas-penerima hands the berkas to the Kasi.
        events.Publish(CaseChange.OfItems(_caseA, Ak1, Item("petugas-penerima"), Item("kasi")));
        await Task.WhenAll(administrator.SettledAsync(), receiver.SettledAsync());

        administrator.Reloads.ShouldBe(0);
        receiver.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task Both_the_lane_left_and_the_lane_reached_are_woken()
    {
        var events = NewEvents();
        var kasi = Listener.On(events, InterestOf(Officer("u-kasi", "kasi")));
        var administrator = Listener.On(events, InterestOf(Officer("u-adm", "pengadministrasi")));

        events.Publish(CaseChange.OfItems(_caseA, Ak1, Item("kasi"), Item("pengadministrasi")));
        await Task.WhenAll(kasi.SettledAsync(), administrator.SettledAsync());

        kasi.Reloads.ShouldBe(1);
        administrator.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task A_kasi_who_may_stand_in_as_Plh_kabid_hears_the_kabid_lane()
    {
        var events = NewEvents();
        var kasi = Listener.On(events, InterestOf(Officer("u-kasi", "kasi")));

        events.Publish(CaseChange.OfItems(_caseA, Ak1, Item("pengadministrasi"), Item("kabid")));
        await kasi.SettledAsync();

        kasi.Reloads.ShouldBe(1);
        InterestOf(Officer("u-kasi", "kasi")).Roles.ShouldBe(["kasi", "kabid"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_target_of_a_disposisi_is_woken_though_the_lane_is_not_theirs()
    {
        var events = NewEvents();
        var target = Listener.On(events, InterestOf(Officer("u-target", "pengantar-kerja")));
        var bystander = Listener.On(events, InterestOf(Officer("u-other", "pengantar-kerja")));
        var before = Item("kabid");
        var disposed = before with { Holder = new ItemHolder("u-target", "Target", HoldKind.Disposisi, DateTimeOffset.UnixEpoch, "u-kabid", "Kabid", "Tindak lanjuti") };

        events.Publish(CaseChange.OfItems(_caseA, Ak1, before, disposed));
        await Task.WhenAll(target.SettledAsync(), bystander.SettledAsync());

        target.Reloads.ShouldBe(1);
        bystander.Reloads.ShouldBe(0);
        target.Last!.UserIds.ShouldBe(["u-target", "u-kabid"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_berkas_page_of_one_berkas_is_not_woken_by_another()
    {
        var events = NewEvents();
        var pageOfA = Listener.On(events, CaseInterest.ForCase(_caseA));

        events.Publish(CaseChange.OfItems(_caseB, Ak1, Item("kasi"), Item("kabid")));
        await pageOfA.SettledAsync();
        pageOfA.Reloads.ShouldBe(0);

        events.Publish(CaseChange.OnlyCase(_caseA));
        await pageOfA.SettledAsync();
        pageOfA.Reloads.ShouldBe(1);
    }

    [Fact]
    public async Task An_office_wide_change_wakes_every_page()
    {
        var events = NewEvents();
        var listeners = new[]
        {
            Listener.On(events, CaseInterest.ForCase(_caseA)),
            Listener.On(events, InterestOf(Officer("u-adm", "pengadministrasi"))),
            Listener.On(events, InterestOf(Officer("u-x", "jfu"))),
        };

        events.Publish(CaseChange.ForEveryone());
        await Task.WhenAll(listeners.Select(l => l.SettledAsync()));

        listeners.ShouldAllBe(l => l.Reloads == 1);
    }

    [Fact]
    public async Task A_closed_page_hears_nothing_more()
    {
        var events = NewEvents();
        var page = Listener.On(events, CaseInterest.ForCase(_caseA));
        page.Subscription.Dispose();

        events.Publish(CaseChange.OnlyCase(_caseA));
        await page.SettledAsync();

        page.Reloads.ShouldBe(0);
        events.Count.ShouldBe(0);
    }

    [Fact]
    public void Applicant_ids_are_not_staff_to_wake()
    {
        var change = CaseChange.OfStoredItem(_caseA, "|petugas-penerima|", "layanan:1234", "u-kasi");

        change.Roles.ShouldBe(["petugas-penerima"]);
        change.UserIds.ShouldBe(["u-kasi"]);
    }
}
