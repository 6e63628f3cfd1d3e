using DocumentFormat.OpenXml.Spreadsheet;
using static SopDesk.Tests.Web.Registers.RegisterSamples;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// The register workbook read back with the OpenXML SDK. The sample sheet's rows: 1–3 letterhead, 4 kop rule,
/// 5 title, 6 period, 7 blank, 8 header (columns A–H), 9–11 data, 12 blank, 13– signature in F–H.
/// </summary>
public sealed class RegisterExcelWriterTests : IAsyncLifetime
{
    private WrittenRegister _file = default!;

    public async Task InitializeAsync() => _file = new WrittenRegister(await WriteAsync(Rows));

    public Task DisposeAsync()
    {
        _file.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_letterhead_title_and_period_sit_above_the_header_centred_across_all_columns()
    {
        _file.Text("A1").ShouldBe("PEMERINTAH KOTA PAGAR ALAM");
        _file.Text("A2").ShouldBe("DINAS PENANAMAN MODAL, PTSP DAN TENAGA KERJA");
        _file.Text("A3").ShouldBe("Bidang Tenaga Kerja");
        _file.Text($"A{TitleRow}").ShouldBe("Buku Register Pendaftaran Pencari Kerja (Kartu Kuning / AK1)");
        _file.Text($"A{PeriodRow}").ShouldBe("Periode: 1 Januari 2026 – 30 November 2026");
        new[] { "A1:H1", "A2:H2", "A3:H3", $"A{TitleRow}:H{TitleRow}", $"A{PeriodRow}:H{PeriodRow}" }.ShouldBeSubsetOf(_file.Merges);
        _file.Font("A1").Bold.ShouldNotBeNull();
        _file.Format("A1").Alignment!.Horizontal!.Value.ShouldBe(HorizontalAlignmentValues.Center);
        _file.Font($"A{TitleRow}").Bold.ShouldNotBeNull();
        _file.Font($"A{TitleRow}").FontSize!.Val!.Value.ShouldBeGreaterThan(_file.Font("A1").FontSize!.Val!.Value);
    }

    [Fact]
    public void The_header_row_holds_the_column_names_bold_on_a_filled_background()
    {
        string[] headers = [.. Ak1Sheet.Columns.Select(c => c.Header)];
        var cells = headers.Select((_, i) => $"{(char)('A' + i)}{HeaderRow}").ToArray();

        cells.Select(_file.Text).ShouldBe(headers);
        foreach (var cell in cells)
        {
            _file.Font(cell).Bold.ShouldNotBeNull($"{cell} bold");
            _file.Fill(cell).PatternType!.Value.ShouldBe(PatternValues.Solid, $"{cell} filled");
            _file.Format(cell).Alignment!.WrapText!.Value.ShouldBeTrue($"{cell} wraps");
        }
    }

    [Fact]
    public void Panes_are_frozen_below_the_header()
    {
        var pane = _file.Worksheet.Descendants<Pane>().Single();

        pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.ShouldBe(HeaderRow);
        pane.TopLeftCell!.Value.ShouldBe($"A{FirstDataRow}");
    }

    [Fact]
    public void The_autofilter_spans_the_header_and_every_data_row()
    {
        _file.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe($"A{HeaderRow}:H{HeaderRow + Rows.Length}");
        var filterName = _file.Workbook.Descendants<DefinedName>().Single(n => n.Name == "_xlnm._FilterDatabase");
        filterName.Text.ShouldBe($"'Register AK1'!$A${HeaderRow}:$H${HeaderRow + Rows.Length}");
    }

    [Fact]
    public void Column_widths_are_exactly_the_ones_asked_for()
    {
        var columns = _file.Worksheet.Descendants<Column>().ToList();

        columns.Select(c => c.Width!.Value).ShouldBe(Ak1Sheet.Columns.Select(c => c.Width));
        columns.Select(c => c.Min!.Value).ShouldBe([1u, 2, 3, 4, 5, 6, 7, 8]);
        columns.ShouldAllBe(c => c.CustomWidth! == true);
    }

    [Fact]
    public void Number_columns_hold_numeric_cells()
    {
        _file.Number($"A{FirstDataRow}").ShouldBe(1);
        _file.Number($"A{FirstDataRow + 1}").ShouldBe(2, "a long is a number too");
        _file.Number($"H{FirstDataRow}").ShouldBe(12.5);
        _file.Number($"H{FirstDataRow + 1}").ShouldBe(3_000_000);
    }

    [Fact]
    public void Date_columns_hold_Excel_date_serials_with_id_ID_formats()
    {
        // Excel's serial for 5 January 2026 is 46027; 08:30 is 0.354166… of a day.
        _file.Number($"C{FirstDataRow}").ShouldBe(46027);
        _file.NumberFormat($"C{FirstDataRow}").ShouldBe("dd/mm/yyyy");
        _file.Number($"D{FirstDataRow}").ShouldBe(46027 + 8.5 / 24, 1e-9);
        _file.NumberFormat($"D{FirstDataRow}").ShouldBe("dd/mm/yyyy hh:mm");
        _file.Number($"C{FirstDataRow + 1}").ShouldBe(46081, "28 February 2026");
    }

    [Fact]
    public void A_NIK_with_leading_zeros_stays_a_string_cell_with_every_digit()
    {
        _file.Text($"E{FirstDataRow}").ShouldBe(LeadingZeroNik);
        _file.Format($"E{FirstDataRow}").NumberFormatId!.Value.ShouldBe(49u, "the text format keeps the zeros if someone edits the cell");
    }

    [Fact]
    public void Quotes_markup_ampersands_newlines_and_long_text_round_trip()
    {
        _file.Text($"F{FirstDataRow}").ShouldBe(Awkward);
        _file.Text($"G{FirstDataRow + 1}").ShouldBe(LongAddress);
        _file.Text($"G{FirstDataRow + 1}").Length.ShouldBe(12_000);
    }

    [Fact]
    public void Empty_values_leave_bordered_cells_without_a_value()
    {
        var blank = _file.Cell($"B{FirstDataRow + 2}");

        blank.CellValue.ShouldBeNull();
        blank.InlineString.ShouldBeNull();
        _file.Format($"B{FirstDataRow + 2}").BorderId!.Value.ShouldNotBe(0u);
    }

    [Fact]
    public void The_signature_block_sits_below_the_data_at_the_right()
    {
        var first = HeaderRow + Rows.Length + 2;

        _file.Text($"F{first}").ShouldBe("Pagar Alam, 23 November 2026");
        _file.Text($"F{first + 1}").ShouldBe("Mengetahui,");
        _file.Text($"F{first + 2}").ShouldBe("Kepala Dinas Penanaman Modal, PTSP dan Tenaga Kerja");
        _file.Has($"F{first + 3}").ShouldBeFalse("three blank rows leave room to sign");
        _file.Text($"F{first + 6}").ShouldBe("Drs. H. Ahmad Fauzi, M.Si");
        _file.Font($"F{first + 6}").Bold.ShouldNotBeNull();
        _file.Font($"F{first + 6}").Underline.ShouldNotBeNull();
        _file.Text($"F{first + 7}").ShouldBe("NIP. 196805121994031006");
        _file.Merges.ShouldContain($"F{first}:H{first}");
    }

    [Fact]
    public void The_file_passes_the_OpenXML_validator()
    {
        _file.ValidationErrors().ShouldBeEmpty();
    }
}
