namespace SopDesk.Web.Layanan.Accounts;

/// <summary>What a registration form posts; the job seeker's and the employer's forms use their own subset. Strings as typed, so nothing is lost on an error.</summary>
public sealed class RegistrationInput
{
    public string? Name { get; set; }
    public string? Nik { get; set; }
    /// <summary>yyyy-MM-dd, as an input of type date sends it.</summary>
    public string? BirthDate { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? CompanyName { get; set; }
    public string? Nib { get; set; }
    public string? Npwp { get; set; }
    public string? WajibLapor { get; set; }
    public string? Password { get; set; }
    public string? PasswordConfirm { get; set; }
    public bool Consent { get; set; }

    /// <summary>The form shown again after an error: everything kept except the passwords.</summary>
    public void ForgetPasswords() => Password = PasswordConfirm = null;
}
