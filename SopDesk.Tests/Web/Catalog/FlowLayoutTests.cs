using SopDesk.Tests.Workflows.Engine;
using SopDesk.Web.Features.Catalog;

namespace SopDesk.Tests.Web.Catalog;

/// <summary>
/// The flowchart of 503/48 as the paper draws it. Lanes: 0 Pemohon, 1 Petugas Penerima, 2 Kasi,
/// 3 Pengadministrasi, 4 Kabid; x is in lane units (lane i's centre is i + 0.5), y in pixels from the row's top.
/// </summary>
public class FlowLayoutTests
{
    private readonly IReadOnlyList<FlowRow> _rows = FlowLayout.Rows(CaseDriver.Definitions["ak1"]);

    [Fact]
    public void Each_step_has_its_symbol_in_its_lanes_column()
    {
        _rows.Select(r => r.Symbol).ShouldBe([
            FlowSymbol.Terminator, FlowSymbol.Decision, FlowSymbol.Activity, FlowSymbol.Decision, FlowSymbol.Decision, FlowSymbol.Terminator]);
        _rows.Select(r => r.Lane).ShouldBe([0, 1, 3, 2, 4, 1]);
        _rows.Select(r => r.CenterX).ShouldBe([0.5, 1.5, 3.5, 2.5, 4.5, 1.5]);
    }

    [Fact]
    public void Consecutive_symbols_are_joined_down_then_across_then_down_into_the_next_symbol()
    {
        // Pemohon (row 1) leaves down its own column; row 2 comes in from there, across to Petugas Penerima, down with an arrow.
        _rows[0].Segments.ShouldBe([new FlowSegment(0.5, FlowLayout.SymbolBottom, 0.5, FlowLayout.RowBottom)]);
        _rows[1].Segments.Take(3).ShouldBe([
            new FlowSegment(0.5, 0, 0.5, FlowLayout.Elbow),
            new FlowSegment(0.5, FlowLayout.Elbow, 1.5, FlowLayout.Elbow),
            new FlowSegment(1.5, FlowLayout.Elbow, 1.5, FlowLayout.SymbolTop, Arrow: true)]);

        // Row 4 (Kasi) comes in from Pengadministrasi, to its left.
        _rows[3].Segments.Take(3).ShouldBe([
            new FlowSegment(3.5, 0, 3.5, FlowLayout.Elbow),
            new FlowSegment(3.5, FlowLayout.Elbow, 2.5, FlowLayout.Elbow),
            new FlowSegment(2.5, FlowLayout.Elbow, 2.5, FlowLayout.SymbolTop, Arrow: true)]);

        // The last symbol has nowhere to go.
        _rows[5].Segments.ShouldAllBe(s => s.Y2 <= FlowLayout.SymbolTop);
    }

    [Fact]
    public void The_completeness_check_branches_lengkap_onwards_and_tidak_lengkap_back_to_the_pemohon()
    {
        var check = _rows[1];
        check.Labels.ShouldBe([new FlowLabel(3, "lengkap", FlowLayout.SymbolMiddle - 4), new FlowLabel(0, "tidak lengkap", FlowLayout.SymbolMiddle - 4)], ignoreOrder: true);

        // lengkap: from the diamond's right corner across to Pengadministrasi, then down to the next row,
        // where the way in is straight down into the input-data symbol.
        check.Segments.ShouldContain(new FlowSegment(1.5 + FlowLayout.SymbolHalfWidth, FlowLayout.SymbolMiddle, 3.5, FlowLayout.SymbolMiddle));
        check.Segments.ShouldContain(new FlowSegment(3.5, FlowLayout.SymbolMiddle, 3.5, FlowLayout.RowBottom));
        _rows[2].Segments[0].ShouldBe(new FlowSegment(3.5, 0, 3.5, FlowLayout.SymbolTop, Arrow: true));

        // tidak lengkap: from the left corner across to the Pemohon's column and up, arrow pointing up.
        var back = check.Segments.Where(s => s.Arrow && s.Y2 == 0).ShouldHaveSingleItem();
        back.X1.ShouldBeInRange(0, 1);
        back.Y1.ShouldBe(FlowLayout.SymbolMiddle);
    }

    [Fact]
    public void A_paraf_or_signature_is_a_diamond_without_branch_labels()
    {
        _rows[3].Labels.ShouldBeEmpty();
        _rows[4].Labels.ShouldBeEmpty();
    }

    [Fact]
    public void A_way_on_that_skips_a_row_passes_it_and_the_skipped_step_is_entered_only_by_its_branch()
    {
        // 503/50: 4a (Lembaga, lane 3) goes on to 6 (penilaian, Kasi Pelatihan, lane 2); row 5 (perbaikan, Pemohon)
        // is reached only by the "perlu perbaikan" return from 6.
        var rows = FlowLayout.Rows(CaseDriver.Definitions["lpk-swasta"]);
        var (visit, perbaikan, penilaian) = (rows[4], rows[5], rows[6]);
        visit.Step.Number.ShouldBe("4a");
        visit.Segments.ShouldContain(new FlowSegment(3.5, FlowLayout.SymbolBottom, 3.5, FlowLayout.RowBottom));

        perbaikan.Segments.ShouldContain(new FlowSegment(3.5, 0, 3.5, FlowLayout.RowBottom), "the line from 4a passes through row 5");
        perbaikan.Segments.ShouldNotContain(s => s.Arrow && s.Y2 == FlowLayout.SymbolTop, "nothing flows into perbaikan from above");

        // Row 6 is entered twice: from 4a (Lembaga) and from perbaikan (Pemohon), each across to the Kasi's column.
        penilaian.Segments.Count(s => s.Arrow && s.X2 == 2.5 && s.Y2 == FlowLayout.SymbolTop).ShouldBe(2);
        penilaian.Segments.ShouldContain(new FlowSegment(3.5, 0, 3.5, FlowLayout.Elbow));
        penilaian.Segments.ShouldContain(new FlowSegment(0.5, 0, 0.5, FlowLayout.Elbow));
    }
}
