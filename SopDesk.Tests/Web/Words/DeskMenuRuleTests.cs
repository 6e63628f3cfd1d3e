using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Staff;
using SopDesk.Workflows.Engine;

namespace SopDesk.Tests.Web.Words;

/// <summary>
/// The menu's rule, per role, read from the shipped SOP files: who registers new berkas (the first step's lane) and who
/// signs (a sign step's lane, or a Plh. while the official it stands in for is absent).
/// </summary>
public class DeskMenuRuleTests
{
    private static readonly IReadOnlyList<SopDesk.Workflows.Definitions.SopDefinition> Sops = [.. CaseDriver.Definitions.Values];

    [Theory]
    [InlineData("petugas-penerima", true, false)]
    [InlineData("pengantar-kerja", true, false)]
    [InlineData("kasi", false, false)]
    [InlineData("kabid", false, true)]
    [InlineData("kepala-dinas", false, true)]
    [InlineData("admin", false, false)]
    public void Each_role_is_offered_new_berkas_and_the_signing_queue_only_when_its_lanes_use_them(string role, bool starts, bool signs)
    {
        var actor = CaseDriver.As(role);
        DeskMenu.StartsBerkas(Sops, actor, OfficeContext.Normal).ShouldBe(starts, $"{role}: Berkas baru");
        DeskMenu.Signs(Sops, actor, OfficeContext.Normal).ShouldBe(signs, $"{role}: Menunggu tanda tangan");
    }

    [Fact]
    public void A_Kasi_signs_while_the_Kabid_is_absent_because_the_AK1_lets_a_Kasi_act_as_Plh()
    {
        DeskMenu.Signs(Sops, CaseDriver.As("kasi"), OfficeContext.WithAbsent("kabid")).ShouldBeTrue();
        DeskMenu.Signs(Sops, CaseDriver.As("kasi"), OfficeContext.WithAbsent("kepala-dinas")).ShouldBeFalse("no SOP lets a Kasi stand in for the Kepala Dinas");
    }

    [Fact]
    public void A_Plh_named_for_the_absence_signs_and_another_holder_of_the_role_does_not()
    {
        var office = new OfficeContext([new Absence("kabid", "user-kasi")]);
        DeskMenu.Signs(Sops, CaseDriver.As("kasi"), office).ShouldBeTrue();
        DeskMenu.Signs(Sops, Actor.Of("user-kasi-2", "Kasi lain", "kasi"), office).ShouldBeFalse();
    }
}
