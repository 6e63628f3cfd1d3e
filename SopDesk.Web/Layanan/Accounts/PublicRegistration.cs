using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Privacy;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

public sealed record RegistrationResult(IReadOnlyDictionary<string, string> Errors, Guid? AccountId, string? Message = null)
{
    public bool Ok => AccountId is not null;
}

/// <summary>
/// Creates a public account: the form's checks, the duplicates, the password hash, and in ONE transaction the account, the
/// berkas of the verification SOP (<see cref="VerificationSop"/>) started by the new applicant, the confirmation mail and
/// the journal line. Without the SOP file the office cannot verify anyone, so registration is refused rather than half done.
/// </summary>
public sealed class PublicRegistration(IDbContextFactory<SopDeskDbContext> contexts, CaseService cases, DefinitionCatalog catalog,
    PasswordRules passwords, EmailConfirmation confirmation, OfficeTime time)
{
    public const string NikTaken = "NIK ini sudah terdaftar. Silakan masuk, atau hubungi operator bila Anda tidak pernah mendaftar.";
    public const string EmailTaken = "Email ini sudah dipakai akun lain. Silakan masuk, atau pakai email lain.";
    public const string PhoneTaken = "Nomor telepon ini sudah dipakai akun lain. Silakan masuk, atau pakai nomor lain.";

    private static readonly PasswordHasher<PublicAccountRecord> Hasher = new();

    public static string HashPassword(PublicAccountRecord account, string password) => Hasher.HashPassword(account, password);

    public async Task<RegistrationResult> RegisterAsync(PublicAccountKind kind, RegistrationInput input, string? address, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(time.Now.DateTime);
        var errors = RegistrationCheck.Errors(kind, input, passwords, today);
        var email = input.Email?.Trim() is { Length: > 0 } e ? e : null;
        var phone = input.Phone?.Trim() is { Length: > 0 } p ? PublicAccountRules.PhoneE164(p) : null;
        var nik = kind == PublicAccountKind.PencariKerja ? input.Nik?.Trim() : null;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (nik is not null && !errors.ContainsKey(nameof(input.Nik)) && await db.PublicAccounts.AnyAsync(a => a.Nik == nik, ct))
                errors[nameof(input.Nik)] = NikTaken;
            var normalized = email is null ? null : PublicAccountRules.NormalizeEmail(email);
            if (normalized is not null && !errors.ContainsKey(nameof(input.Email)) && await db.PublicAccounts.AnyAsync(a => a.NormalizedEmail == normalized, ct))
                errors[nameof(input.Email)] = EmailTaken;
            if (phone is not null && !errors.ContainsKey(nameof(input.Phone)) && await db.PublicAccounts.AnyAsync(a => a.Phone == phone, ct))
                errors[nameof(input.Phone)] = PhoneTaken;
        }
        if (errors.Count > 0) return new RegistrationResult(errors, null);
        if (catalog.Find(VerificationSop.Id) is not { Online: not null } definition)
            return new RegistrationResult(errors, null, "Pendaftaran online sedang tidak tersedia. Silakan hubungi operator.");

        var now = time.Now;
        var account = new PublicAccountRecord
        {
            Id = Guid.CreateVersion7(now), Kind = kind, Name = input.Name!.Trim(), Nik = nik,
            BirthDate = kind == PublicAccountKind.PencariKerja ? RegistrationCheck.BirthDate(input) : null,
            Email = email, NormalizedEmail = email is null ? null : PublicAccountRules.NormalizeEmail(email), Phone = phone,
            CompanyName = kind == PublicAccountKind.PemberiKerja ? input.CompanyName?.Trim() : null,
            Nib = kind == PublicAccountKind.PemberiKerja && input.Nib?.Trim() is { Length: > 0 } nib ? nib : null,
            Npwp = kind == PublicAccountKind.PemberiKerja && input.Npwp?.Trim() is { Length: > 0 } npwp ? PublicAccountRules.Digits(npwp) : null,
            WajibLaporNumber = kind == PublicAccountKind.PemberiKerja ? input.WajibLapor?.Trim() : null,
            SecurityStamp = NewStamp(), Verification = AccountVerification.Pending,
            ConsentAt = now, ConsentVersion = PrivacyNotice.Version, CreatedAt = now,
        };
        account.PasswordHash = HashPassword(account, input.Password!);
        var applicant = Actor.Applicant(account.Id, account.Name);
        try
        {
            var (outcome, _) = await cases.StartOnlineAsync(definition, applicant, new OnlineOwner(account.Id, account.Name, account.Email),
                VerificationSop.Values(account), (db, caseId) =>
                {
                    account.VerificationCaseId = caseId;
                    db.PublicAccounts.Add(account);
                    if (account.Email is not null) confirmation.Enqueue(db, account, now);
                    db.Journal.Add(JournalRecord.For(applicant, now, JournalActions.PublicAccountRegistered,
                        $"Pendaftaran akun layanan online ({VerificationSop.KindLabel(kind)})", caseId, ipAddress: address));
                }, ct);
            if (!outcome.Ok)
                return new RegistrationResult(outcome.FieldErrors.Count > 0 ? outcome.FieldErrors : errors, null, outcome.Message ?? "Pendaftaran tidak dapat disimpan.");
        }
        catch (DbUpdateException)
        {
            // Two registrations with the same NIK, email or phone at the same moment: the unique index keeps one.
            return new RegistrationResult(errors, null, "NIK, email, atau nomor telepon ini baru saja didaftarkan. Silakan masuk.");
        }
        return new RegistrationResult(errors, account.Id);
    }

    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static string FormatBirthDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
