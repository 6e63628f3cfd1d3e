using SopDesk.Web.Features.Live;
using SopDesk.Web.Features.Nodes;

namespace SopDesk.Tests.Web.Nodes;

/// <summary>A change as it travels between nodes (decision 045): whole, with its sender, and never over NOTIFY's 8000 bytes.</summary>
public sealed class CaseChangeWireTests
{
    [Fact]
    public void A_change_travels_whole_with_its_sender()
    {
        var change = new CaseChange(Guid.NewGuid(), ["kasi", "kabid"], ["user-1"]);

        var (node, read) = CaseChangeWire.Read(CaseChangeWire.Write("node-a-1", change)).ShouldNotBeNull();

        node.ShouldBe("node-a-1");
        (read.CaseId, read.Everyone).ShouldBe((change.CaseId, false));
        read.Roles.ShouldBe(change.Roles, ignoreOrder: true);
        read.UserIds.ShouldBe(change.UserIds, ignoreOrder: true);
        CaseChangeWire.Read(CaseChangeWire.Write("n", CaseChange.ForEveryone()))!.Value.Change.Everyone.ShouldBeTrue();
    }

    [Fact]
    public void A_change_too_wide_for_a_notify_travels_as_one_for_everyone()
    {
        var change = new CaseChange(Guid.NewGuid(), ["kasi"], [.. Enumerable.Range(0, 400).Select(i => $"user-{Guid.NewGuid()}-{i}")]);

        var payload = CaseChangeWire.Write("node-a", change);

        System.Text.Encoding.UTF8.GetByteCount(payload).ShouldBeLessThan(8000);
        CaseChangeWire.Read(payload)!.Value.Change.Everyone.ShouldBeTrue();
    }

    [Fact]
    public void A_payload_that_is_not_a_change_is_ignored() => CaseChangeWire.Read("hello").ShouldBeNull();
}
