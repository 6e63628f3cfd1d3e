using System.Globalization;
using System.Text.RegularExpressions;
using PhoneNumbers;
using SopDesk.Web.Security;
using SopDesk.Workflows.Definitions;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// The checks on what the public type into an account: the NIK and birth date by the desk's own rules (<see cref="FieldValidator"/>,
/// through the same field types a SOP form declares), email by the desk's rule, Indonesian phone numbers by libphonenumber
/// (stored E.164), NIB/NPWP digits, and passwords by <see cref="PasswordRules"/> shared with staff.
/// </summary>
public static partial class PublicAccountRules
{
    public const string OwnDataMessage = "Kata sandi tidak boleh memuat nama, email, nomor telepon, atau NIK Anda.";
    public const string PhoneMessage = "Nomor telepon tidak sah. Tulis nomor Indonesia, misalnya 0812 3456 7890 atau +62 812 3456 7890.";

    private static readonly FormField NikField = new() { Id = "nik", Label = "NIK", Type = FieldType.Nik, Required = true, BirthDateField = "tanggalLahir" };
    private static readonly FormField BirthField = new() { Id = "tanggalLahir", Label = "Tanggal lahir", Type = FieldType.Date, Required = true };
    private static readonly FormField EmailField = new() { Id = "email", Label = "Email", Type = FieldType.Email };

    /// <summary>Errors by "nik" / "tanggalLahir": 16 digits, region, date digits, serial, and digits 7–12 against the birth date.</summary>
    public static IReadOnlyDictionary<string, string> NikAndBirthDate(string? nik, DateOnly? birthDate, DateOnly today) =>
        FieldValidator.Validate([NikField, BirthField], new Dictionary<string, string>
        {
            ["nik"] = nik?.Trim() ?? "",
            ["tanggalLahir"] = birthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        }, today);

    public static string? EmailError(string email) =>
        FieldValidator.Validate([EmailField], new Dictionary<string, string> { ["email"] = email.Trim() }, DateOnly.MinValue).GetValueOrDefault("email");

    /// <summary>The key an email is found by (unique among accounts).</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>An Indonesian mobile or fixed number in E.164 (+62…), or null when it is not a valid number.</summary>
    public static string? PhoneE164(string phone)
    {
        var util = PhoneNumberUtil.GetInstance();
        try
        {
            var number = util.Parse(phone.Trim(), "ID");
            return util.IsValidNumber(number) ? util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static string? NibError(string nib) => ThirteenDigits().IsMatch(nib.Trim()) ? null : "NIB harus 13 digit angka.";

    public static string? NpwpError(string npwp) =>
        NpwpDigits().IsMatch(Digits(npwp)) && !Letters().IsMatch(npwp) ? null : "NPWP harus 15 atau 16 digit angka (titik dan tanda hubung boleh).";

    /// <summary>NPWP as digits only (written with dots and dashes on the card).</summary>
    public static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The password's error (shared rules), naming the account's own data it must not contain.</summary>
    public static string? PasswordError(PasswordRules rules, string password, params string?[] ownData) =>
        rules.Error(password, ownData, OwnDataMessage);

    [GeneratedRegex("^[0-9]{13}$")] private static partial Regex ThirteenDigits();
    [GeneratedRegex("^[0-9]{15,16}$")] private static partial Regex NpwpDigits();
    [GeneratedRegex("[^0-9 .\\-]")] private static partial Regex Letters();
}
