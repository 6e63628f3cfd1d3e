using SopDesk.Tests.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using SopDesk.Web.Features.Documents;
using SopDesk.Web.Features.Office;

namespace SopDesk.Tests.Web.Documents;

/// <summary>How a name is masked for the public, and how a signer's capacity is printed.</summary>
public class DocumentWordingTests
{
    private static readonly OfficeProfile Office = OfficeProfileDefaults.Read(new ConfigurationBuilder().Build());

    [Theory]
    [InlineData("Siti Aminah", "Si** Am****")]
    [InlineData("Andi", "An**")]
    [InlineData("Wulan  Setiawan Al", "Wu*** Se****** Al")]
    [InlineData("I Made Wirawan", "I Ma** Wi*****")]
    public void A_public_name_keeps_two_letters_of_each_word(string name, string masked) => MaskedName.Of(name).ShouldBe(masked);

    [Theory]
    [InlineData("kabid", "Kepala Bidang Tenaga Kerja")]
    [InlineData("Plh. kabid", "Plh. Kepala Bidang Tenaga Kerja")]
    [InlineData("sekretaris", "Sekretaris")]
    [InlineData("kepala-dinas", "Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kota Pagar Alam")]
    public void A_signers_capacity_is_printed_as_the_office_titles_it(string capacity, string title) =>
        Signatory.TitleFor(capacity, CaseDriver.Definitions["ak1"].Header, Office).ShouldBe(title);

    [Fact]
    public void Officials_below_the_Kepala_Dinas_sign_a_letter_on_his_behalf()
    {
        var header = CaseDriver.Definitions["paspor"].Header;
        Signatory.OnBehalfOf("Plh. Kepala Bidang Tenaga Kerja", header).ShouldBe($"a.n. Kepala {header.Instansi}");
        Signatory.OnBehalfOf(Signatory.TitleFor("kepala-dinas", header, Office), header).ShouldBeNull();
    }
}
