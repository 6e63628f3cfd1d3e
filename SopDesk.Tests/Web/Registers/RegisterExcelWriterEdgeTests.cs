using DocumentFormat.OpenXml.Spreadsheet;
using SopDesk.Web.Features.Registers.Export;
using static SopDesk.Tests.Web.Registers.RegisterSamples;

namespace SopDesk.Tests.Web.Registers;

/// <summary>The register writer at its edges: no rows, hostile text, an HTTP-like output, progress, cancellation, bad input.</summary>
public sealed class RegisterExcelWriterEdgeTests
{
    [Fact]
    public async Task A_register_without_rows_keeps_its_header_a_one_row_filter_and_the_signature()
    {
        using var file = new WrittenRegister(await WriteAsync([]));

        file.Text($"B{HeaderRow}").ShouldBe("Nomor Pendaftaran");
        file.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value.ShouldBe($"A{HeaderRow}:H{HeaderRow}");
        file.Worksheet.Descendants<Row>().ShouldNotContain(r => r.RowIndex! == (uint)FirstDataRow);
        file.Text($"F{HeaderRow + 2}").ShouldBe("Pagar Alam, 23 November 2026");
        file.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public async Task Control_characters_are_dropped_and_text_beyond_Excels_limit_is_cut()
    {
        var tooLong = new string('a', 40_000);
        object?[] row = [1, "0003\u0001/AK1\u001F", null, null, "1672\u000B011203900001", "Ana \uD83D\uDE00 \uD800x", tooLong, null];

        using var file = new WrittenRegister(await WriteAsync([row]));

        file.Text($"B{FirstDataRow}").ShouldBe("0003/AK1");
        file.Text($"E{FirstDataRow}").ShouldBe("1672011203900001");
        file.Text($"F{FirstDataRow}").ShouldBe("Ana \uD83D\uDE00 x", "a valid emoji stays, a lone surrogate goes");
        file.Text($"G{FirstDataRow}").Length.ShouldBe(32_767);
        file.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public async Task Text_with_spaces_at_either_end_keeps_them()
    {
        object?[] row = [1, "  0004/AK1 ", null, null, null, null, null, null];

        using var file = new WrittenRegister(await WriteAsync([row]));

        file.Text($"B{FirstDataRow}").ShouldBe("  0004/AK1 ");
        file.Cell($"B{FirstDataRow}").InlineString!.Text!.Space!.Value.ShouldBe(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve);
    }

    [Fact]
    public async Task A_value_that_does_not_fit_its_column_is_written_as_text_not_lost()
    {
        object?[] row = ["tiga", "0005/AK1", "belum ada", 12, null, null, null, double.NaN];

        using var file = new WrittenRegister(await WriteAsync([row]));

        file.Text($"A{FirstDataRow}").ShouldBe("tiga");
        file.Text($"C{FirstDataRow}").ShouldBe("belum ada");
        file.Text($"D{FirstDataRow}").ShouldBe("12");
        file.Text($"H{FirstDataRow}").ShouldBe("NaN");
    }

    [Fact]
    public async Task An_HTTP_response_like_output_that_cannot_seek_or_write_synchronously_gets_the_whole_file()
    {
        using var received = new MemoryStream();
        await using (var response = new ResponseLikeStream(received))
            (await RegisterExcelWriter.WriteAsync(response, Ak1Sheet, Rows.ToAsyncEnumerable())).ShouldBe(Rows.Length);

        using var file = new WrittenRegister(received.ToArray());
        file.Text($"E{FirstDataRow}").ShouldBe(LeadingZeroNik);
        file.Text($"F{HeaderRow + Rows.Length + 2 + 7}").ShouldBe("NIP. 196805121994031006");
    }

    [Fact]
    public async Task Progress_is_heard_every_thousand_rows_and_at_the_end()
    {
        var heard = new List<int>();
        using var output = new MemoryStream();

        var written = await RegisterExcelWriter.WriteAsync(output, Ak1Sheet, Many(2_500).ToAsyncEnumerable(), new Recorded(heard));

        written.ShouldBe(2_500);
        heard.ShouldBe([1_000, 2_000, 2_500]);
    }

    [Fact]
    public async Task Cancelling_stops_the_export()
    {
        using var cancel = new CancellationTokenSource();
        using var output = new MemoryStream();
        var rows = Many(10_000).Select((row, i) =>
        {
            if (i == 1_500) cancel.Cancel();
            return row;
        });

        await Should.ThrowAsync<OperationCanceledException>(
            () => RegisterExcelWriter.WriteAsync(output, Ak1Sheet, rows.ToAsyncEnumerable(), ct: cancel.Token));
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_refused()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => WriteAsync([Rows[0], [1, "0002/AK1"]]));

        error.Message.ShouldContain("Row 2 has 2 values for 8 columns");
    }

    [Theory]
    [InlineData("Register AK1 / 2026")]
    [InlineData("Register pendaftaran pencari kerja AK1")]
    [InlineData("")]
    public async Task A_sheet_name_Excel_refuses_is_refused_before_anything_is_written(string name)
    {
        using var output = new MemoryStream();

        await Should.ThrowAsync<ArgumentException>(
            () => RegisterExcelWriter.WriteAsync(output, Ak1Sheet with { SheetName = name }, Rows.ToAsyncEnumerable()));
        output.Length.ShouldBe(0);
    }

    private static IEnumerable<object?[]> Many(int count) =>
        Enumerable.Range(1, count).Select(i => new object?[] { i, $"{i:0000}/AK1/DISPMPTSPTK/2026", new DateOnly(2026, 1, 5), null, LeadingZeroNik, "Nama", "Alamat", 0 });

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertion).</summary>
    private sealed class Recorded(List<int> heard) : IProgress<int>
    {
        public void Report(int value) => heard.Add(value);
    }
}
