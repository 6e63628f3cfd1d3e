using SopDesk.Web.Layanan.Accounts;

namespace SopDesk.Web.Layanan.Complaints;

/// <summary>
/// The contact of a complainant without an account: name and email required (a reply must reach them), phone optional —
/// email and phone checked by the accounts' rules (<see cref="PublicAccountRules"/>: libphonenumber, Indonesia, E.164).
/// </summary>
public static class ComplaintContact
{
    public const string NameField = "namaPelapor";
    public const string EmailField = "emailPelapor";
    public const string PhoneField = "teleponPelapor";

    /// <summary>The SOP's contact fields: filled from the account or the contact block, never rendered as the step's own inputs.</summary>
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { NameField, EmailField, PhoneField };

    public static string? NameError(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Nama wajib diisi agar kami dapat menyapa Anda." : name.Trim().Length > 100 ? "Nama paling banyak 100 karakter." : null;

    /// <summary>Required here (a reply must reach them); the format is the accounts' rule.</summary>
    public static string? EmailError(string? email) =>
        string.IsNullOrWhiteSpace(email) ? "Email wajib diisi: tanggapan dan pemberitahuan dikirim ke alamat ini."
        : PublicAccountRules.EmailError(email) is null ? null : "Alamat email tidak valid, contoh: nama@contoh.id.";

    /// <summary>An Indonesian number in E.164 (+62…) by the accounts' rule, or an error; empty stays empty.</summary>
    public static (string? E164, string? Error) Phone(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? (null, null)
        : PublicAccountRules.PhoneE164(phone) is { } e164 ? (e164, null)
        : (null, "Nomor telepon tidak valid; tulis nomor Indonesia, contoh 0812 3456 7890.");
}
