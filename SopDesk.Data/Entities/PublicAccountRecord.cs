namespace SopDesk.Data.Entities;

/// <summary>A job seeker's or an employer's account on /layanan. Kept apart from staff (Identity) accounts: own table, own cookie.</summary>
public sealed class PublicAccountRecord
{
    public Guid Id { get; set; }
    public PublicAccountKind Kind { get; set; }
    /// <summary>The person's name (pencari kerja) or the contact person's (pemberi kerja).</summary>
    public string Name { get; set; } = "";
    public string? Nik { get; set; }
    public DateOnly? BirthDate { get; set; }
    /// <summary>As typed; <see cref="NormalizedEmail"/> (lower case) is the unique sign-in key.</summary>
    public string? Email { get; set; }
    public string? NormalizedEmail { get; set; }
    public DateTimeOffset? EmailConfirmedAt { get; set; }
    /// <summary>E.164 (+62…), checked with libphonenumber; also a sign-in key.</summary>
    public string? Phone { get; set; }
    public string PasswordHash { get; set; } = "";
    /// <summary>Changes when the password changes or the account is blocked: older cookies stop working.</summary>
    public string SecurityStamp { get; set; } = "";
    public string? CompanyName { get; set; }
    public string? Nib { get; set; }
    public string? Npwp { get; set; }
    /// <summary>Nomor wajib lapor ketenagakerjaan (WLKP) of the employer.</summary>
    public string? WajibLaporNumber { get; set; }
    public AccountVerification Verification { get; set; }
    /// <summary>The berkas of the verification SOP that decides <see cref="Verification"/>.</summary>
    public Guid? VerificationCaseId { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    /// <summary>When the privacy notice (UU PDP) was accepted, and which version of it.</summary>
    public DateTimeOffset ConsentAt { get; set; }
    public string ConsentVersion { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public bool Blocked { get; set; }
}

public enum PublicAccountKind { PencariKerja, PemberiKerja }

public enum AccountVerification { Pending, Verified, Rejected }
