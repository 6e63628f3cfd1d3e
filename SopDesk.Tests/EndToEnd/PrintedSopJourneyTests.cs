using Microsoft.Playwright;

namespace SopDesk.Tests.EndToEnd;

/// <summary>
/// The printed 503/48 (Cetak on /katalog/ak1, print media, an A4-landscape-sized page) laid out like the paper:
/// the paper's column order and column-number row, one flowchart symbol per row standing inside its lane's
/// column, a diamond where the paper decides (lengkap / tidak lengkap), rounded boxes at start and end, and
/// the notes as numbered footnotes. Screenshots are saved under the test output (screenshots/).
/// </summary>
public sealed class PrintedSopJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] PaperColumns =
        ["No", "Kegiatan", "Pemohon", "Petugas Penerima", "Kasi", "Pengadministrasi", "Kabid", "Kelengkapan", "Waktu", "Output", "Ket"];

    // The lane each row's symbol stands in (the source's lost symbols, as the file reads them).
    private static readonly string[] RowLanes = ["Pemohon", "Petugas Penerima", "Pengadministrasi", "Kasi", "Kabid", "Petugas Penerima"];

    [Fact]
    public async Task The_printed_AK1_SOP_has_the_papers_columns_and_flowchart()
    {
        await using var kasi = await OfficerSession.SignInAsync(browser, "kasi");
        var page = kasi.Page;
        await page.SetViewportSizeAsync(1123, 794); // A4 landscape at 96 dpi
        await kasi.OpenAsync("/katalog/ak1");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync(new() { Path = Shot("sop-503-48-print-a4.png"), FullPage = true });

        (await page.Locator("[data-testid=sop-title]").InnerTextAsync()).ShouldBe("REGISTRASI PENERBITAN KARTU PENCARI KERJA (AK1)");
        (await page.Locator("[data-testid=sop-office]").InnerTextAsync()).ShouldContain("DINAS PENANAMAN MODAL");
        (await page.Locator(".mud-appbar").IsVisibleAsync()).ShouldBeFalse("no UI chrome on paper");
        (await page.Locator("button:has-text('Cetak')").First.IsVisibleAsync()).ShouldBeFalse("the print button does not print");

        var table = page.Locator("[data-testid=sop-step-table]");
        var tableBox = (await table.BoundingBoxAsync())!;
        tableBox.Width.ShouldBeLessThanOrEqualTo(1123, "the table fits the page width");

        // The column-number row 1 2 3 … and the headers above each number in the paper's order.
        var numbers = page.Locator("[data-testid=column-numbers] th");
        (await numbers.AllInnerTextsAsync()).Select(t => t.Trim()).ShouldBe([.. Enumerable.Range(1, PaperColumns.Length).Select(n => n.ToString())]);
        var columns = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < PaperColumns.Length; i++) columns.Add((await numbers.Nth(i).BoundingBoxAsync())!);
        for (var i = 0; i < PaperColumns.Length; i++)
        {
            var header = page.Locator("[data-testid=sop-step-table] thead th", new() { HasTextRegex = new($"^\\s*{PaperColumns[i]}\\s*$") }).First;
            var box = (await header.BoundingBoxAsync())!;
            Centre(box).ShouldBeInRange(columns[i].X, columns[i].X + columns[i].Width, $"header '{PaperColumns[i]}' stands over column {i + 1}");
        }

        // One symbol per step row, inside its lane's column and its row.
        var rows = table.Locator("tbody tr");
        (await rows.CountAsync()).ShouldBe(RowLanes.Length);
        var symbols = new List<string>();
        for (var r = 0; r < RowLanes.Length; r++)
        {
            var row = rows.Nth(r);
            var mark = row.Locator("svg.lane-mark");
            (await mark.CountAsync()).ShouldBe(1, $"row {r + 1} has one symbol");
            var shape = (await mark.Locator("rect, polygon").First.BoundingBoxAsync())!;
            var lane = columns[Array.IndexOf(PaperColumns, RowLanes[r])];
            shape.X.ShouldBeGreaterThanOrEqualTo(lane.X, $"row {r + 1}'s symbol starts inside the {RowLanes[r]} column");
            (shape.X + shape.Width).ShouldBeLessThanOrEqualTo(lane.X + lane.Width, $"row {r + 1}'s symbol ends inside the {RowLanes[r]} column");
            var rowBox = (await row.BoundingBoxAsync())!;
            shape.Y.ShouldBeGreaterThanOrEqualTo(rowBox.Y);
            (shape.Y + shape.Height).ShouldBeLessThanOrEqualTo(rowBox.Y + rowBox.Height);
            symbols.Add((await mark.GetAttributeAsync("data-symbol"))!);
        }
        symbols.ShouldBe(["terminator", "decision", "activity", "decision", "decision", "terminator"]);

        // Row 2's branches, written like the paper: "tidak lengkap" in the Pemohon column, "lengkap" where the berkas goes on.
        var check = rows.Nth(1);
        var tidakLengkap = (await check.Locator(".lane-outcome", new() { HasTextString = "tidak lengkap" }).BoundingBoxAsync())!;
        Centre(tidakLengkap).ShouldBeInRange(columns[2].X, columns[2].X + columns[2].Width);
        (await check.Locator(".lane-outcome").AllTextContentsAsync()).ShouldBe(["lengkap", "tidak lengkap"], ignoreOrder: true);

        // The notes: superscript numbers in the table, the numbered list below it.
        var refs = await table.Locator("sup.footnote-ref").AllInnerTextsAsync();
        refs.Count.ShouldBeGreaterThan(0);
        var listed = page.Locator("[data-testid=sop-footnotes] li");
        (await listed.CountAsync()).ShouldBeGreaterThanOrEqualTo(refs.Count);
        foreach (var number in refs)
            (await page.Locator($"[data-testid=sop-footnotes] li[value='{number.Trim()}']").CountAsync()).ShouldBe(1);

        // Every SOP prints one symbol per step row; 503/46 also shows its case deadline (30 hari kerja).
        foreach (var (id, steps) in new[] { ("jht", 6), ("jakon", 6), ("perselisihan", 7), ("pelatihan", 11), ("paspor", 7) })
        {
            await kasi.OpenAsync($"/katalog/{id}");
            await page.ScreenshotAsync(new() { Path = Shot($"sop-{id}-print-a4.png"), FullPage = true });
            (await table.Locator("tbody tr").CountAsync()).ShouldBe(steps, id);
            (await table.Locator("tbody tr svg.lane-mark").CountAsync()).ShouldBe(steps, $"{id}: one symbol per row");
            if (id == "perselisihan")
                (await page.Locator("[data-testid=sop-deadline]").InnerTextAsync()).ShouldContain("30 hari kerja");
        }
        await kasi.OpenAsync("/katalog/ak1");

        // The same page on screen at a laptop and a phone size, for a look by eye.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.SetViewportSizeAsync(1366, 768);
        await page.ScreenshotAsync(new() { Path = Shot("sop-503-48-screen-1366.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new() { Path = Shot("sop-503-48-screen-390.png"), FullPage = true });
    }

    private static float Centre(LocatorBoundingBoxResult box) => box.X + box.Width / 2;

    private static string Shot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
