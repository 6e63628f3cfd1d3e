namespace SopDesk.Web.Features.Registers.Export;

/// <summary>How a register column's values become Excel cells (see <see cref="RegisterExcelWriter"/>).</summary>
public enum RegisterCellKind { Text, Number, Date, DateTime }

/// <summary>One column of a register file; <paramref name="Width"/> is in Excel character units, set explicitly (never auto-fit).</summary>
public sealed record RegisterExportColumn(string Header, RegisterCellKind Kind, double Width);

/// <summary>
/// The signature block under a register: "Pagar Alam, 23 November 2026" / "Mengetahui," / <paramref name="Title"/>
/// (e.g. "Kepala Dinas …") / three blank lines / <paramref name="Name"/> / "NIP. …".
/// </summary>
public sealed record SignatureBlock(string Place, DateOnly Date, string Title, string Name, string Nip);

/// <summary>Everything around a register's rows: the letterhead (kop), title, period, columns, signature and sheet name (≤ 31 characters).</summary>
public sealed record RegisterExportSheet(
    IReadOnlyList<string> Letterhead,
    string Title,
    string PeriodText,
    IReadOnlyList<RegisterExportColumn> Columns,
    SignatureBlock Signature,
    string SheetName);
