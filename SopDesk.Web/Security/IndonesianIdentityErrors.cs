using Microsoft.AspNetCore.Identity;

namespace SopDesk.Web.Security;

/// <summary>Identity's refusals that staff administration shows to an administrator, in Bahasa Indonesia.</summary>
public sealed class IndonesianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Kata sandi minimal {length} karakter." };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = "Kata sandi harus memuat angka (0–9)." };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = "Kata sandi harus memuat huruf kecil (a–z)." };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = "Kata sandi harus memuat huruf besar (A–Z)." };

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Kata sandi harus memuat tanda baca atau simbol." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Kata sandi harus memuat minimal {uniqueChars} karakter berbeda." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = "Nama pengguna sudah dipakai." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Nama pengguna hanya boleh memuat huruf, angka, dan tanda - . _ @ +." };
}
