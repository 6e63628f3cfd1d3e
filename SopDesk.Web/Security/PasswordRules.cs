namespace SopDesk.Web.Security;

/// <summary>
/// The one set of password rules for staff and the public (ASVS V2.1): at least <see cref="MinLength"/> characters with
/// a digit, a small and a capital letter, not a common or breached password (<see cref="CommonPasswords"/>), and not built
/// from the person's own data. Staff passwords meet them through Identity (its options take these numbers, and
/// <see cref="StaffPasswordValidator"/> the last two rules); public accounts through <see cref="Error"/>.
/// </summary>
public sealed class PasswordRules(CommonPasswords common)
{
    public const int MinLength = 12;
    public const string CommonMessage = "Kata sandi ini terlalu umum atau pernah bocor; pilih kata sandi lain yang tidak mudah ditebak.";

    private static readonly IndonesianIdentityErrors Messages = new();

    public bool IsCommon(string password) => common.Contains(password);

    /// <summary>True when the password holds one of the values (each word of four letters or more: a name's words, an email's parts, a number).</summary>
    public static bool ContainsOwnData(string password, IEnumerable<string?> ownData) =>
        ownData.OfType<string>()
            .SelectMany(value => value.Split([' ', '.', ',', '\'', '-', '@', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part.Length >= 4)
            .Any(part => password.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first rule the password breaks (an Indonesian sentence), or null. <paramref name="ownDataMessage"/> names the data.</summary>
    public string? Error(string password, IEnumerable<string?> ownData, string ownDataMessage)
    {
        if (password.Length < MinLength) return Messages.PasswordTooShort(MinLength).Description;
        if (!password.Any(char.IsDigit)) return Messages.PasswordRequiresDigit().Description;
        if (!password.Any(char.IsLower)) return Messages.PasswordRequiresLower().Description;
        if (!password.Any(char.IsUpper)) return Messages.PasswordRequiresUpper().Description;
        if (IsCommon(password)) return CommonMessage;
        return ContainsOwnData(password, ownData) ? ownDataMessage : null;
    }
}
