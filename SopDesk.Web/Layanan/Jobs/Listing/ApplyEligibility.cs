using SopDesk.Data.Entities;

namespace SopDesk.Web.Layanan.Jobs.Listing;

/// <summary>Where a visitor stands towards applying to one vacancy; the page says why not and what to do next.</summary>
public enum ApplyStanding
{
    SignedOut,
    Employer,
    NoAk1,
    Ak1InProcess,
    Ak1Expired,
    Placed,
    AlreadyApplied,
    CanApply,
}

/// <summary>The standing, the active AK1 profile (when there is one) and the visitor's earlier application to this vacancy.</summary>
public sealed record ApplyEligibility(ApplyStanding Standing, PublicAccountRecord? Account, JobSeekerProfileRecord? Profile,
    JobApplicationRecord? Existing)
{
    /// <summary>The sentence shown instead of the apply button; null when the visitor may apply.</summary>
    public string? Refusal(string position, string company) => Standing switch
    {
        ApplyStanding.SignedOut => "Masuk dengan akun pencari kerja untuk melamar secara online.",
        ApplyStanding.Employer => "Akun pemberi kerja tidak dapat melamar. Untuk melamar, masuk dengan akun pencari kerja.",
        ApplyStanding.NoAk1 => "Untuk melamar secara online Anda memerlukan kartu AK1 (kartu pencari kerja) yang masih berlaku.",
        ApplyStanding.Ak1InProcess => "AK1 Anda masih diproses. Setelah AK1 ditandatangani, Anda dapat melamar dari halaman ini.",
        ApplyStanding.Ak1Expired => "Masa berlaku AK1 Anda sudah habis. Perpanjang AK1 Anda untuk melamar secara online.",
        ApplyStanding.Placed => "Anda tercatat sudah bekerja, sehingga tidak dapat melamar lewat layanan ini. Bila pekerjaan itu sudah berakhir, hubungi kantor.",
        ApplyStanding.AlreadyApplied => $"Anda sudah melamar pada {position} — {company}.",
        _ => null,
    };
}
