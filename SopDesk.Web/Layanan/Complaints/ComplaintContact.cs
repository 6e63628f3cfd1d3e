using System.Net.Mail;
using PhoneNumbers;

namespace SopDesk.Web.Layanan.Complaints;

/// <summary>
/// The contact of a complainant without an account: name and email required (a reply must reach them), phone optional.
/// The phone is checked with libphonenumber as an Indonesian number and kept as E.164. (H1's PublicAccountRules holds the
/// same phone rule for accounts; the lead may point this at it.)
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

    public static string? EmailError(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return "Email wajib diisi: tanggapan dan pemberitahuan dikirim ke alamat ini.";
        var trimmed = email.Trim();
        return trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? null : "Alamat email tidak valid, contoh: nama@contoh.id.";
    }

    /// <summary>An Indonesian number in E.164 (+62…), or an error; empty stays empty.</summary>
    public static (string? E164, string? Error) Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return (null, null);
        var util = PhoneNumberUtil.GetInstance();
        try
        {
            var number = util.Parse(phone, "ID");
            if (util.IsValidNumberForRegion(number, "ID")) return (util.Format(number, PhoneNumberFormat.E164), null);
        }
        catch (NumberParseException)
        {
        }
        return (null, "Nomor telepon tidak valid; tulis nomor Indonesia, contoh 0812 3456 7890.");
    }
}
