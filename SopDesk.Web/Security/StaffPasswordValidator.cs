using Microsoft.AspNetCore.Identity;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>
/// ASVS V2.1.7: refuses a common or breached password (<see cref="CommonPasswords"/>, the demo password included) and
/// one built from the officer's own user name, name or NIP. Runs for every password Identity sets, the first
/// administrator's too.
/// </summary>
public sealed class StaffPasswordValidator(CommonPasswords common) : IPasswordValidator<StaffUser>
{
    public const string CommonMessage = "Kata sandi ini terlalu umum atau pernah bocor; pilih kata sandi lain yang tidak mudah ditebak.";
    public const string OwnDataMessage = "Kata sandi tidak boleh memuat nama pengguna, nama, atau NIP Anda.";

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (common.Contains(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = CommonMessage }));
        if (OwnData(user).Any(part => password.Contains(part, StringComparison.OrdinalIgnoreCase)))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordOwnData", Description = OwnDataMessage }));
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>The user name, each word of the full name of four letters or more, and the NIP.</summary>
    private static IEnumerable<string> OwnData(StaffUser user) =>
        new[] { user.UserName ?? "", user.Nip }
            .Concat(user.FullName.Split([' ', '.', ',', '\'', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part.Length >= 4);
}
