using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Mail;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

public enum ConfirmationResult { Confirmed, AlreadyConfirmed, Expired, Invalid }

/// <summary>
/// Email confirmation by a link: the token is data-protected (cannot be forged), names the account and the address it was
/// sent to (a changed address makes it void), and carries its own expiry (<see cref="Lifetime"/>) read against the app's clock.
/// The mail goes through the outbox in the caller's transaction.
/// </summary>
public sealed class EmailConfirmation(IDataProtectionProvider protection, SopDesk.Web.Features.Mail.MailSettings mail, IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
{
    public const string Kind = "konfirmasi-email";
    public const string PagePath = "/layanan/konfirmasi";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);

    private IDataProtector Protector => protection.CreateProtector("SopDesk.Layanan.EmailConfirmation");

    public string Token(PublicAccountRecord account, DateTimeOffset now) =>
        Protector.Protect(string.Join('|', account.Id.ToString("N"), account.NormalizedEmail, (now + Lifetime).UtcTicks.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The public link (Mail:PublicBaseUrl, as the other mails' links).</summary>
    public string Link(string token) => $"{mail.PublicBaseUrl}{PagePath}?token={Uri.EscapeDataString(token)}";

    public void Enqueue(SopDeskDbContext db, PublicAccountRecord account, DateTimeOffset now)
    {
        var body = $"""
            Yth. {account.Name},

            Terima kasih telah mendaftar di Layanan Online. Buka tautan berikut untuk mengonfirmasi alamat email Anda
            (berlaku {Lifetime.TotalDays:0} hari):

            {Link(Token(account, now))}

            Bila Anda tidak merasa mendaftar, abaikan email ini.
            """;
        Outbox.Enqueue(db, account.Email!, "Konfirmasi email akun Layanan Online", body, Kind, now, accountId: account.Id);
    }

    public async Task<ConfirmationResult> ConfirmAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token)) return ConfirmationResult.Invalid;
        string[] parts;
        try
        {
            parts = Protector.Unprotect(token).Split('|');
        }
        catch (CryptographicException)
        {
            return ConfirmationResult.Invalid;
        }
        if (parts.Length != 3 || !Guid.TryParseExact(parts[0], "N", out var id) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var expires))
            return ConfirmationResult.Invalid;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.PublicAccounts.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null || account.NormalizedEmail != parts[1]) return ConfirmationResult.Invalid;
        if (account.EmailConfirmedAt is not null) return ConfirmationResult.AlreadyConfirmed;
        var now = time.Now;
        if (now.UtcTicks > expires) return ConfirmationResult.Expired;
        account.EmailConfirmedAt = now;
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), now, JournalActions.PublicEmailConfirmed, "Email dikonfirmasi"));
        await db.SaveChangesAsync(ct);
        return ConfirmationResult.Confirmed;
    }

    /// <summary>A new link for the signed-in account whose email is not confirmed yet.</summary>
    public async Task<bool> ResendAsync(Guid accountId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.PublicAccounts.FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is not { Email: not null, EmailConfirmedAt: null }) return false;
        Enqueue(db, account, time.Now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
