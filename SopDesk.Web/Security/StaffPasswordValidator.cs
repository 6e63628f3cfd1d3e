using Microsoft.AspNetCore.Identity;
using SopDesk.Data.Entities;

namespace SopDesk.Web.Security;

/// <summary>
/// ASVS V2.1.7: refuses a common or breached password (<see cref="CommonPasswords"/>, the demo password included) and
/// one built from the officer's own user name, name or NIP — <see cref="PasswordRules"/>, shared with public accounts.
/// Runs for every password Identity sets, the first administrator's too.
/// </summary>
public sealed class StaffPasswordValidator(PasswordRules rules) : IPasswordValidator<StaffUser>
{
    public const string CommonMessage = PasswordRules.CommonMessage;
    public const string OwnDataMessage = "Kata sandi tidak boleh memuat nama pengguna, nama, atau NIP Anda.";

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (rules.IsCommon(password))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = CommonMessage }));
        if (PasswordRules.ContainsOwnData(password, [user.UserName, user.Nip, user.FullName]))
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordOwnData", Description = OwnDataMessage }));
        return Task.FromResult(IdentityResult.Success);
    }
}
