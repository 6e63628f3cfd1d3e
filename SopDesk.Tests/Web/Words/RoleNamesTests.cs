using Microsoft.Extensions.Configuration;
using SopDesk.Web.Features.Journal;
using SopDesk.Web.Features.Office;

namespace SopDesk.Tests.Web.Words;

/// <summary>The journal and the signing queue name the capacity an officer acted in by the role's Indonesian name, a Plh. included.</summary>
public class RoleNamesTests
{
    private static readonly OfficeProfile Office = OfficeProfileDefaults.Read(new ConfigurationBuilder().Build());

    [Theory]
    [InlineData("kasi", "Kasi")]
    [InlineData("Plh. kabid", "Plh. Kepala Bidang")]
    [InlineData("kasi,kabid", "Kasi, Kepala Bidang")]
    [InlineData("", "–")]
    public void A_capacity_reads_as_role_names(string actingAs, string expected)
    {
        JournalLabels.ActingAs(actingAs, Office).ShouldBe(expected);
    }
}
