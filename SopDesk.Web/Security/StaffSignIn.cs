using Microsoft.AspNetCore.Identity;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Security;

/// <summary>
/// The sign-in's decision. An unknown name, a wrong password, a deactivated and a locked account get the same answer,
/// and each costs one password hash check, so neither the words nor the time tell which it was; the journal records
/// the true reason. Failures slow the next attempt (<see cref="SignInThrottle"/>) instead of locking the account.
/// </summary>
public sealed class StaffSignIn(StaffSignInManager signIn, SignInThrottle throttle, SopDeskDbContext db, OfficeTime time, ILogger<StaffSignIn> log)
{
    public const string Refused = "Nama pengguna atau kata sandi salah, atau akun tidak dapat dipakai. Hubungi administrator bila Anda yakin isiannya benar.";

    // Checked for an unknown name, so that it costs the same hashing as a known one.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString()));

    public static string Wait(TimeSpan wait) => $"Terlalu banyak percobaan masuk. Coba lagi dalam {Math.Ceiling(wait.TotalSeconds):0} detik.";

    /// <summary>Signs in (cookie and server-side session) and answers null, or answers why not.</summary>
    public async Task<string?> SignInAsync(string userName, string password, string? address)
    {
        if (throttle.WaitFor(address, userName) is { } wait && wait > TimeSpan.Zero)
        {
            log.LogWarning("Sign-in attempt for {UserName} from {Address} held back for {Wait}", userName, address, wait);
            return Wait(wait);
        }
        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(userName);
        bool passwordOk;
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), DecoyHash.Value, password);
            passwordOk = false;
        }
        else passwordOk = await users.CheckPasswordAsync(user, password);

        var failure = user is null ? $"nama pengguna tidak dikenal: {Shorten(userName)}"
            : !passwordOk ? "kata sandi salah"
            : !user.IsActive ? "akun nonaktif"
            : await users.IsLockedOutAsync(user) ? "akun terkunci"
            : null;
        if (failure is not null)
        {
            throttle.Failed(address, userName);
            await JournalAsync(user?.Id ?? "", user?.FullName ?? Shorten(userName), "SignInFailed", $"Masuk ditolak: {failure}", address);
            return Refused;
        }
        throttle.Succeeded(userName);
        // The session and its journal line in one commit: one write to disk per sign-in.
        await signIn.SignInJournaledAsync(user!, Line(user!.Id, user.FullName, "SignIn", "Masuk", address));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64];

    private async Task JournalAsync(string userId, string name, string action, string detail, string? address)
    {
        db.Journal.Add(Line(userId, name, action, detail, address));
        await db.SaveChangesAsync();
    }

    private JournalRecord Line(string userId, string name, string action, string detail, string? address) =>
        new() { At = time.Now, ActorUserId = userId, ActorName = name, ActingAs = "", Action = action, Detail = detail, IpAddress = address };
}
