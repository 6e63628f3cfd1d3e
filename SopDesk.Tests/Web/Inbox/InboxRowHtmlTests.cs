using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Inbox;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Inbox;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Tests.Web.Inbox;

/// <summary>
/// An inbox row is written as an HTML string (decision 040), so what an applicant typed must arrive as text, never as
/// markup; and the row carries what the page and its tests read (link, SOP short name with the nomor on hover, due state).
/// </summary>
public sealed class InboxRowHtmlTests : IAsyncLifetime
{
    private TempDatabase _database = default!;
    private ServiceProvider _services = default!;

    public async Task InitializeAsync()
    {
        _database = await TempDatabase.CreateAsync();
        _services = new ServiceCollection().AddOfficeCore(_database, TimeProvider.System).BuildServiceProvider();
        await _services.LoadDefinitionsAndOfficeAsync(DateTimeOffset.UtcNow);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private AngleSharp.Dom.IElement Render(InboxItem item, string? actor = null)
    {
        var time = _services.GetRequiredService<OfficeTime>();
        var html = InboxRowHtml.Of(item, _services.GetRequiredService<DefinitionCatalog>(), time, time.Now, actor);
        var document = new HtmlParser().ParseDocument($"<table><tbody>{html}</tbody></table>");
        return document.QuerySelector("tbody")!.Children.ShouldHaveSingleItem();
    }

    private InboxItem Item(string applicant, DateTimeOffset? due, string? holderId = null, string? holderName = null, string? instruction = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "AK1/2026/000007", "ak1", "periksa", applicant, _services.GetRequiredService<OfficeTime>().Now.AddHours(-3), due,
            holderId, holderName, holderId is null ? null : "Disposisi", instruction);

    [Fact]
    public void What_an_applicant_typed_is_text_in_the_cell_and_in_its_hover()
    {
        const string Typed = "<img src=x onerror=alert(1)> \"Budi\" & <b>Sari</b>";
        var row = Render(Item(Typed, DateTimeOffset.UtcNow.AddDays(-1), "user-kasi", "Kasi <i>X</i>", "cek \"KTP\" <script>x</script>"));
        row.QuerySelectorAll("img, b, i, script").ShouldBeEmpty("markup typed by a person became elements");
        var applicant = row.QuerySelector("td[data-label=Pemohon]")!;
        applicant.TextContent.ShouldBe(Typed);
        applicant.GetAttribute("title").ShouldBe(Typed);
        row.QuerySelector("td[data-label=Dipegang]")!.GetAttribute("title").ShouldBe("Kasi <i>X</i>: cek \"KTP\" <script>x</script>");
        row.Children.Length.ShouldBe(8);
    }

    [Fact]
    public void A_row_links_its_berkas_names_the_SOP_shortly_and_marks_an_overdue_step_and_the_officers_own_hold()
    {
        var item = Item("Ayu Firmansyah", DateTimeOffset.UtcNow.AddDays(-1), "user-petugas", "Rina");
        var row = Render(item, actor: "user-petugas");
        row.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/berkas/{item.CaseId}");
        var sop = row.QuerySelector("[data-testid=inbox-sop]")!;
        sop.TextContent.ShouldBe("AK1");
        sop.GetAttribute("title")!.ShouldContain("/SOP.TK/");
        row.QuerySelector("[data-testid=inbox-due] [data-due]")!.GetAttribute("data-due").ShouldBe("overdue");
        row.QuerySelector(".holder-me")!.TextContent.ShouldBe("disposisi: Rina");
        row.QuerySelector("[data-testid=inbox-case-deadline]")!.GetAttribute("data-empty").ShouldBe("true");
    }

    [Fact]
    public void A_step_waiting_for_the_applicant_says_so_and_has_no_due_state_of_the_office()
    {
        var row = Render(Item("Ayu Firmansyah", due: null));
        row.QuerySelector("[data-testid=inbox-due] [data-due]")!.GetAttribute("data-due").ShouldBe("waiting");
        row.QuerySelector("td[data-label=Dipegang]")!.GetAttribute("data-empty").ShouldBe("true");
    }
}
