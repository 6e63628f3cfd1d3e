using System.Globalization;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// The registration form's checks, field by field (keys are <see cref="RegistrationInput"/>'s property names, so each
/// message is shown next to its field). Duplicates are checked by <see cref="PublicRegistration"/>, which has the database.
/// </summary>
public static class RegistrationCheck
{
    public static Dictionary<string, string> Errors(PublicAccountKind kind, RegistrationInput input, PasswordRules passwords, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors[nameof(input.Name)] = kind == PublicAccountKind.PencariKerja ? "Nama lengkap wajib diisi." : "Nama narahubung wajib diisi.";
        else if (name.Length > 100) errors[nameof(input.Name)] = "Nama paling panjang 100 karakter.";

        if (kind == PublicAccountKind.PencariKerja)
        {
            var nik = PublicAccountRules.NikAndBirthDate(input.Nik, BirthDate(input), today);
            if (nik.GetValueOrDefault("nik") is { } nikError) errors[nameof(input.Nik)] = nikError;
            if (nik.GetValueOrDefault("tanggalLahir") is { } birthError) errors[nameof(input.BirthDate)] = birthError;
        }
        else
        {
            var company = input.CompanyName?.Trim() ?? "";
            if (company.Length == 0) errors[nameof(input.CompanyName)] = "Nama perusahaan wajib diisi.";
            else if (company.Length > 150) errors[nameof(input.CompanyName)] = "Nama perusahaan paling panjang 150 karakter.";
            var nib = input.Nib?.Trim() ?? "";
            var npwp = input.Npwp?.Trim() ?? "";
            if (nib.Length == 0 && npwp.Length == 0) errors[nameof(input.Nib)] = "Isi NIB atau NPWP perusahaan (salah satu atau keduanya).";
            if (nib.Length > 0 && PublicAccountRules.NibError(nib) is { } nibError) errors[nameof(input.Nib)] = nibError;
            if (npwp.Length > 0 && PublicAccountRules.NpwpError(npwp) is { } npwpError) errors[nameof(input.Npwp)] = npwpError;
            var wajibLapor = input.WajibLapor?.Trim() ?? "";
            if (wajibLapor.Length == 0) errors[nameof(input.WajibLapor)] = "Nomor wajib lapor ketenagakerjaan wajib diisi.";
            else if (wajibLapor.Length > 50) errors[nameof(input.WajibLapor)] = "Nomor wajib lapor paling panjang 50 karakter.";
        }

        var email = input.Email?.Trim() ?? "";
        var phone = input.Phone?.Trim() ?? "";
        if (email.Length == 0 && phone.Length == 0) errors[nameof(input.Email)] = "Isi email atau nomor telepon (salah satu atau keduanya), untuk masuk dan menerima kabar.";
        if (email.Length > 0 && PublicAccountRules.EmailError(email) is { } emailError) errors[nameof(input.Email)] = emailError;
        if (phone.Length > 0 && PublicAccountRules.PhoneE164(phone) is null) errors[nameof(input.Phone)] = PublicAccountRules.PhoneMessage;

        var password = input.Password ?? "";
        if (PublicAccountRules.PasswordError(passwords, password, name, email, phone, input.Nik, PublicAccountRules.Digits(phone)) is { } passwordError)
            errors[nameof(input.Password)] = passwordError;
        else if (password != input.PasswordConfirm) errors[nameof(input.PasswordConfirm)] = "Ulangan kata sandi tidak sama.";
        if (!input.Consent) errors[nameof(input.Consent)] = "Centang persetujuan pemrosesan data pribadi untuk mendaftar.";
        return errors;
    }

    public static DateOnly? BirthDate(RegistrationInput input) =>
        DateOnly.TryParseExact(input.BirthDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
