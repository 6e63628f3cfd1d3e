using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// The account's link with the verification SOP (workflows/503-51-verifikasi-pengguna.json): the values its first step
/// carries (a read-only copy of the account), and the account's verification status, READ from the berkas's end.
/// Why read and not pushed: the berkas closes through the engine like any other (desk, Plh., SLA expiry); a hook in every
/// closing path would be one more thing to forget, while the end is stored on the berkas and cannot disagree with it.
/// <see cref="SyncAsync"/> copies it onto the account row when the account is read, so the columns follow.
/// </summary>
public static class VerificationSop
{
    public const string Id = "verifikasi-pengguna";
    public const string VerifiedEnd = "terverifikasi";

    public static string KindLabel(PublicAccountKind kind) => kind == PublicAccountKind.PencariKerja ? "Pencari kerja" : "Pemberi kerja";

    public static IReadOnlyDictionary<string, string> Values(PublicAccountRecord account)
    {
        var values = new Dictionary<string, string> { ["jenisAkun"] = KindLabel(account.Kind), ["nama"] = account.Name };
        void Put(string key, string? value) { if (!string.IsNullOrEmpty(value)) values[key] = value; }
        Put("nik", account.Nik);
        Put("tanggalLahir", account.BirthDate is { } born ? PublicRegistration.FormatBirthDate(born) : null);
        Put("email", account.Email);
        Put("telepon", account.Phone);
        Put("perusahaan", account.CompanyName);
        Put("nib", account.Nib);
        Put("npwp", account.Npwp);
        Put("wajibLapor", account.WajibLaporNumber);
        return values;
    }

    /// <summary>The status the berkas's end gives: completed → Verified (at its close), rejected or any other end → Rejected, open → Pending.</summary>
    public static (AccountVerification Status, DateTimeOffset? At) FromCase(CaseRecord? berkas) => berkas switch
    {
        { Status: CaseStatus.Closed, EndId: VerifiedEnd } => (AccountVerification.Verified, berkas.ClosedAt),
        { Status: CaseStatus.Closed } => (AccountVerification.Rejected, null),
        _ => (AccountVerification.Pending, null),
    };

    /// <summary>Brings the account's columns in line with its berkas (tracked entity; the caller saves).</summary>
    public static async Task<bool> SyncAsync(SopDeskDbContext db, PublicAccountRecord account, CancellationToken ct = default)
    {
        if (account.VerificationCaseId is not { } caseId || account.Verification != AccountVerification.Pending) return false;
        var berkas = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct);
        var (status, at) = FromCase(berkas);
        if (status == AccountVerification.Pending) return false;
        account.Verification = status;
        account.VerifiedAt = at;
        return true;
    }
}
