using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using SopDesk.Data.Entities;
using SopDesk.Web.Security;

namespace SopDesk.Web.Features.Demo;

/// <summary>One demo officer per role. Created only when demo seeding is on (Development, Testing); the app refuses to seed in Production.</summary>
public static class DemoStaff
{
    /// <summary>The demo password — for the demo database only, given in README.</summary>
    public const string Password = CommonPasswords.DemoPassword;

    public sealed record Member(string UserName, string FullName, string Nip, string Jabatan, string[] Roles);

    public static readonly IReadOnlyList<Member> Members =
    [
        new("petugas-penerima", "Rina Marlina", "199203142019032007", "Petugas Penerima Loket", ["petugas-penerima"]),
        new("jfu", "Dedi Kurniawan, S.H.", "198811052014021002", "Mediator Hubungan Industrial (JFU)", ["jfu"]),
        new("pengadministrasi", "Siti Aminah", "199007212015032004", "Pengadministrasi Umum", ["pengadministrasi"]),
        new("kasi", "Hendra Saputra, S.E.", "198405102009011003", "Kepala Seksi Penempatan Tenaga Kerja", ["kasi"]),
        new("kabid", "Yuliani, S.Sos., M.Si.", "197806152003122005", "Kepala Bidang Tenaga Kerja", ["kabid"]),
        new("sekretaris", "Agus Salim, S.IP.", "197912202005011004", "Sekretaris Dinas", ["sekretaris"]),
        new("kepala-dinas", "Gunsono Mekson, S.E., M.M.", "196910161995031001", "Kepala Dinas", ["kepala-dinas"]),
        new("staf", "Fitri Handayani", "199505302020122012", "Staf Bidang Tenaga Kerja", ["staf"]),
        new("panitia", "Rudi Hartono", "199101092017031006", "Panitia Pelatihan", ["panitia"]),
        new("operator-layanan", "Nur Aini Rahmawati", "199608122021022003", "Operator Layanan Online", ["operator-layanan"]),
        new("pengantar-kerja", "Andi Pratama, S.E.", "199304182019031011", "Pengantar Kerja Ahli Pertama", ["pengantar-kerja"]),
        new("admin", "Administrator SopDesk", "", "Administrator Sistem", [Roles.Admin]),
    ];

    public static async Task SeedAsync(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, ILogger log)
    {
        // Two reads tell what exists (a query per role and per member made every demo start slower).
        var roleNames = (await roles.Roles.Select(r => r.NormalizedName).ToListAsync()).ToHashSet();
        foreach (var role in Members.SelectMany(m => m.Roles).Distinct())
            if (!roleNames.Contains(roles.NormalizeKey(role)))
                Check(await roles.CreateAsync(new IdentityRole(role)), role);

        var userNames = (await users.Users.Select(u => u.NormalizedUserName).ToListAsync()).ToHashSet();
        foreach (var member in Members)
        {
            if (userNames.Contains(users.NormalizeName(member.UserName))) continue;
            var user = new StaffUser { UserName = member.UserName, FullName = member.FullName, Nip = member.Nip, Jabatan = member.Jabatan, IsActive = true };
            // The published password is (rightly) refused by the password validators, so the demo sets its hash directly.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, Password);
            Check(await users.CreateAsync(user), member.UserName);
            Check(await users.AddToRolesAsync(user, member.Roles), member.UserName);
        }
        log.LogWarning("Demo staff ready: user names are the role ids (e.g. 'kasi'), demo-only password '{Password}'", Password);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo seeding failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
