using System.Globalization;
using static SopDesk.Tests.Web.Registers.RegisterSamples;

namespace SopDesk.Tests.Web.Registers;

/// <summary>
/// The register as LibreOffice Calc reads it — a second reader, independent of the SDK the tests otherwise use.
/// Fails (never skips) when soffice is missing: test.sh installs it.
/// </summary>
public sealed class RegisterLibreOfficeTests
{
    [Fact]
    public async Task LibreOffice_reads_every_cell_as_written()
    {
        var csv = await ConvertedAsync(Rows);

        csv[0][0].ShouldBe("PEMERINTAH KOTA PAGAR ALAM");
        csv[TitleRow - 1][0].ShouldBe(Ak1Sheet.Title);
        csv[PeriodRow - 1][0].ShouldBe(Ak1Sheet.PeriodText);
        csv[HeaderRow - 1].ShouldBe(Ak1Sheet.Columns.Select(c => c.Header).ToArray());
        for (var i = 0; i < Rows.Length; i++)
            csv[FirstDataRow - 1 + i].ShouldBe(Rows[i].Select(Shown).ToArray(), $"data row {i + 1}");
        var signature = csv.Skip(FirstDataRow - 1 + Rows.Length).Select(row => row[5]).Where(text => text.Length > 0);
        signature.ShouldBe(["Pagar Alam, 23 November 2026", "Mengetahui,", Ak1Sheet.Signature.Title, Ak1Sheet.Signature.Name, "NIP. 196805121994031006"]);
    }

    [Fact]
    public async Task LibreOffice_opens_a_register_without_rows()
    {
        var csv = await ConvertedAsync([]);

        csv[HeaderRow - 1].ShouldBe(Ak1Sheet.Columns.Select(c => c.Header).ToArray());
        csv[HeaderRow + 1][5].ShouldBe("Pagar Alam, 23 November 2026");
    }

    /// <summary>What LibreOffice shows for a written value: dates in the file's dd/mm/yyyy formats, numbers in General.</summary>
    private static string Shown(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static async Task<IReadOnlyList<string[]>> ConvertedAsync(IEnumerable<object?[]> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"register-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await WriteAsync(rows));
        try
        {
            return await LibreOfficeCsv.ConvertAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
