namespace SopDesk.Web.Features.Registers.Export;

/// <summary>
/// A register (letterhead, title, period, header, rows, signature) as a styled .xlsx, streamed row by row so memory
/// stays flat for 100,000+ rows: the OpenXML SDK 2.20's typed elements (the version ClosedXML needs; never 3.x) for
/// the stylesheet, workbook and sheet settings, System.Xml's XmlWriter for the rows, and System.IO.Packaging in
/// write-only mode for the zip (see <see cref="XlsxPackage"/> and <see cref="SheetRowWriter"/> for why not the SDK's
/// SpreadsheetDocument and OpenXmlWriter). A value's cell type follows its column's <see cref="RegisterCellKind"/>:
/// Text is always a string cell (a NIK "0012…" keeps its zeros), Number a numeric cell, Date/DateTime a real Excel
/// date with the id-ID formats "dd/mm/yyyy" and "dd/mm/yyyy hh:mm". A value that does not fit its column's kind is
/// written as text rather than dropped.
/// </summary>
public static class RegisterExcelWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int ProgressEvery = 1_000;

    /// <summary>
    /// Streams the workbook to <paramref name="output"/> and returns the number of data rows. Row values: null,
    /// string, int/long/decimal/double, DateOnly, DateTime (already office-local). <paramref name="progress"/>
    /// hears the rows written so far every 1,000 rows and at the end.
    /// </summary>
    public static async Task<int> WriteAsync(Stream output, RegisterExportSheet sheet, IAsyncEnumerable<object?[]> rows,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        RegisterSheetRules.Check(sheet);
        if (output.CanSeek) return await WritePackageAsync(output, sheet, rows, progress, ct);

        // A non-seekable stream is an HTTP response body, which also refuses synchronous writes — and XmlWriter and
        // System.IO.Packaging write synchronously. So the file is built in a temp file (deleted on close) and
        // copied out asynchronously; a failure half-way then sends nothing instead of a broken file.
        var stagingPath = Path.Combine(Path.GetTempPath(), $"sopdesk-register-{Guid.NewGuid():N}.xlsx");
        await using var staging = new FileStream(stagingPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var written = await WritePackageAsync(staging, sheet, rows, progress, ct);
        staging.Position = 0;
        await staging.CopyToAsync(output, ct);
        return written;
    }

    private static async Task<int> WritePackageAsync(Stream target, RegisterExportSheet sheet, IAsyncEnumerable<object?[]> rows,
        IProgress<int>? progress, CancellationToken ct)
    {
        int written;
        using (var package = new XlsxPackage(target))
        {
            XlsxPackage.Write(package.OpenStyles(), RegisterStylesheet.Build());
            RegisterSheetLayout layout;
            using (var part = package.OpenWorksheet())
            using (var worksheet = new RegisterWorksheetWriter(part, sheet))
            {
                layout = worksheet.Layout;
                worksheet.WriteTop();
                await foreach (var values in rows.WithCancellation(ct))
                {
                    ct.ThrowIfCancellationRequested();
                    worksheet.WriteRow(values);
                    if (worksheet.Rows % ProgressEvery == 0) progress?.Report(worksheet.Rows);
                }
                worksheet.WriteEnd();
                written = worksheet.Rows;
            }
            XlsxPackage.Write(package.OpenWorkbook(), RegisterWorkbook.Build(sheet.SheetName, XlsxPackage.WorksheetRelationshipId, layout, written));
        }
        progress?.Report(written);
        return written;
    }
}
