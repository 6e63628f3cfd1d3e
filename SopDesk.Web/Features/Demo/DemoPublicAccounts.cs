using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Shared;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Web.Layanan.Privacy;
using SopDesk.Workflows.Engine;

namespace SopDesk.Web.Features.Demo;

/// <summary>
/// Demo public accounts (Demo:Seed): a verified job seeker, one waiting for verification (in the operator's inbox) and a
/// verified employer, emails confirmed, password <see cref="DemoStaff.Password"/>. Each has its verification berkas, as a
/// registration would; the verified ones are decided by the demo operator through the engine.
/// </summary>
public static class DemoPublicAccounts
{
    public sealed record Member(PublicAccountKind Kind, string Name, string? Nik, DateOnly? BirthDate, string Email, string Phone, bool Verified,
        string? Company = null, string? Nib = null, string? Npwp = null, string? WajibLapor = null);

    public static readonly IReadOnlyList<Member> Members =
    [
        // NIK digits 7–12: 54 (14 + 40, a woman) 05 98 = 14 May 1998.
        new(PublicAccountKind.PencariKerja, "Siti Rahma", "6372015405980001", new DateOnly(1998, 5, 14), "siti.rahma@contoh.id", "+6281234560001", Verified: true),
        // 03 11 01 = 3 November 2001, a man.
        new(PublicAccountKind.PencariKerja, "Budi Santoso", "1671010311010002", new DateOnly(2001, 11, 3), "budi.santoso@contoh.id", "+6281234560002", Verified: false),
        new(PublicAccountKind.PemberiKerja, "Rahmat Hidayat", null, null, "hrd@sriwijaya-makmur.co.id", "+6271135000", Verified: true,
            "PT Sriwijaya Makmur", "9120301234567", "012345678901000", "WLKP-1671-2025-00123"),
    ];

    public static async Task SeedAsync(IServiceProvider provider, ILogger log)
    {
        var db = provider.GetRequiredService<SopDeskDbContext>();
        if (await db.PublicAccounts.AnyAsync()) return;
        var catalog = provider.GetRequiredService<DefinitionCatalog>();
        if (catalog.Find(VerificationSop.Id) is not { } definition) return;
        var cases = provider.GetRequiredService<CaseService>();
        var time = provider.GetRequiredService<OfficeTime>();
        var staff = await DemoCases.StaffByRoleAsync(db);
        foreach (var member in Members)
        {
            var now = time.Now;
            var account = new PublicAccountRecord
            {
                Id = Guid.CreateVersion7(now), Kind = member.Kind, Name = member.Name, Nik = member.Nik, BirthDate = member.BirthDate,
                Email = member.Email, NormalizedEmail = PublicAccountRules.NormalizeEmail(member.Email), EmailConfirmedAt = now, Phone = member.Phone,
                CompanyName = member.Company, Nib = member.Nib, Npwp = member.Npwp, WajibLaporNumber = member.WajibLapor,
                SecurityStamp = PublicRegistration.NewStamp(), ConsentAt = now, ConsentVersion = PrivacyNotice.Version, CreatedAt = now,
            };
            // The published demo password is (rightly) refused by the password rules, so the demo sets its hash directly.
            account.PasswordHash = PublicRegistration.HashPassword(account, DemoStaff.Password);
            var (outcome, started) = await cases.StartOnlineAsync(definition, Actor.Applicant(account.Id, account.Name),
                new OnlineOwner(account.Id, account.Name, account.Email), VerificationSop.Values(account), (write, caseId) =>
                {
                    account.VerificationCaseId = caseId;
                    write.PublicAccounts.Add(account);
                });
            if (!outcome.Ok) throw new InvalidOperationException($"Demo public account {member.Email}: {outcome.Message}");
            if (member.Verified && staff.TryGetValue("operator-layanan", out var officer))
                await VerificationDecision.DecideAsync(db, catalog, started!.CaseId, officer, "sesuai", null, time.Now, time.Calendar);
        }
        log.LogWarning("Demo public accounts ready on /layanan/masuk: {Emails}, demo-only password '{Password}'",
            string.Join(", ", Members.Select(m => m.Email)), DemoStaff.Password);
    }
}
