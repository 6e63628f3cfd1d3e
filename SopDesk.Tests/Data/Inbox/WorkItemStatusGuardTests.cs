using SopDesk.Data.Entities;

namespace SopDesk.Tests.Data.Inbox;

/// <summary>
/// The inbox's few-berkas search tests <c>Status &lt;&gt; Done</c> for "open" (decision 039: SQLite plans it better). That is
/// only the same while an item has exactly these two states; a third one must revisit <c>OpenItemsQuery</c> first.
/// </summary>
public sealed class WorkItemStatusGuardTests
{
    [Fact]
    public void A_work_item_is_either_open_or_done()
    {
        Enum.GetValues<WorkItemStatus>().ShouldBe([WorkItemStatus.Open, WorkItemStatus.Done],
            "OpenItemsQuery reads 'not Done' as 'Open' (decision 039): revisit it before adding a status.");
    }
}
