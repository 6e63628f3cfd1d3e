using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Security;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Layanan.Accounts;

/// <summary>
/// Public sign-in by email or phone and password, as the staff's: one answer for every refusal, a decoy hash for an unknown
/// name, and the same doubling delays (<see cref="SignInThrottle"/>, its own instance: <see cref="ThrottleKey"/>) instead of
/// locking. Success writes the Layanan cookie (its own scheme and path) and a journal line under the "layanan:" actor.
/// </summary>
public sealed class PublicSignIn([FromKeyedServices(PublicSignIn.ThrottleKey)] SignInThrottle throttle,
    IDbContextFactory<SopDeskDbContext> contexts, IHttpContextAccessor http, OfficeTime time)
{
    public const string ThrottleKey = "layanan";
    public const string Refused = "Email/nomor telepon atau kata sandi salah, atau akun tidak dapat dipakai. Hubungi operator bila Anda yakin isiannya benar.";

    private static readonly PasswordHasher<PublicAccountRecord> Hasher = new();
    private static readonly Lazy<string> DecoyHash = new(() => Hasher.HashPassword(new PublicAccountRecord(), Guid.NewGuid().ToString()));

    public async Task<string?> SignInAsync(string login, string password)
    {
        var context = http.HttpContext!;
        var address = context.Connection.RemoteIpAddress?.ToString();
        login = login.Trim();
        if (throttle.WaitFor(address, login) is var wait && wait > TimeSpan.Zero) return StaffSignIn.Wait(wait);

        await using var db = await contexts.CreateDbContextAsync();
        var account = await FindAsync(db, login);
        var passwordOk = Hasher.VerifyHashedPassword(account ?? new PublicAccountRecord(), account?.PasswordHash ?? DecoyHash.Value, password)
            != PasswordVerificationResult.Failed && account is not null;
        var failure = account is null ? "akun tidak dikenal" : !passwordOk ? "kata sandi salah" : account.Blocked ? "akun diblokir" : null;
        var now = time.Now;
        if (failure is not null)
        {
            throttle.Failed(address, login);
            var actor = account is null ? Actor.Applicant(Guid.Empty, Shorten(login)) : Actor.Applicant(account.Id, account.Name);
            db.Journal.Add(JournalRecord.For(actor, now, JournalActions.SignInFailed, $"Masuk layanan online ditolak: {failure}", ipAddress: address));
            await db.SaveChangesAsync();
            return Refused;
        }
        throttle.Succeeded(login);
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(LayananAuth.AccountIdClaim, account!.Id.ToString()), new Claim(LayananAuth.StampClaim, account.SecurityStamp), new Claim(ClaimTypes.Name, account.Name)],
            LayananAuth.Scheme));
        await context.SignInAsync(LayananAuth.Scheme, principal);
        db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), now, JournalActions.SignIn, "Masuk layanan online", ipAddress: address));
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>An address with "@" is an email; anything else is read as a phone number.</summary>
    private static async Task<PublicAccountRecord?> FindAsync(SopDeskDbContext db, string login)
    {
        if (login.Contains('@'))
        {
            var email = PublicAccountRules.NormalizeEmail(login);
            return await db.PublicAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedEmail == email);
        }
        return PublicAccountRules.PhoneE164(login) is { } phone
            ? await db.PublicAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Phone == phone)
            : null;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64];

    /// <summary>POST /layanan/keluar: ends the Layanan cookie (antiforgery-checked form) and journals it.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery, CurrentApplicant current,
        IDbContextFactory<SopDeskDbContext> contexts, OfficeTime time)
    {
        // As on the staff side: a sign-out another site makes the browser send is refused. The form's token was made for the
        // public account (the page's policy signed it in on that request), so this endpoint reads the same scheme first.
        if (await context.AuthenticateAsync(LayananAuth.Scheme) is { Succeeded: true } signedIn) context.User = signedIn.Principal;
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("Permintaan keluar tidak sah.");
        if (await current.GetAsync() is { } account)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.Journal.Add(JournalRecord.For(Actor.Applicant(account.Id, account.Name), time.Now, JournalActions.SignOut, "Keluar layanan online",
                ipAddress: context.Connection.RemoteIpAddress?.ToString()));
            await db.SaveChangesAsync();
        }
        await context.SignOutAsync(LayananAuth.Scheme);
        return Results.LocalRedirect("/layanan");
    }
}
