using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;

namespace SopDesk.Data.LaborMarket;

/// <summary>
/// The AK1 holders' profiles kept from their AK1 berkas: a berkas whose "register-ak1" line is active and signed has a
/// profile with the form's values (education, major, skills, wished job and place, experience) and the card's number and
/// validity; a cancelled line makes it Inactive. A placement (Status Placed, PlacedAt) belongs to the placements and is
/// never undone here. Idempotent: applying a berkas again writes the same row.
/// </summary>
public sealed class SeekerProfileProjection : ICaseProjection
{
    public const string RegisterId = "register-ak1";

    public string Name => "seeker-profiles";
    public string DefinitionId => "ak1";

    public async Task ApplyAsync(SopDeskDbContext db, IReadOnlyList<Guid> caseIds, DateTimeOffset now, CancellationToken ct)
    {
        var ids = caseIds.ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.DataJson, c.Nik, c.ApplicantName }).ToDictionaryAsync(c => c.Id, ct);
        var lines = (await db.RegisterEntries.AsNoTracking().Where(r => r.RegisterId == RegisterId && ids.Contains(r.CaseId)).ToListAsync(ct))
            .GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence).First());
        var owners = await db.OnlineCases.AsNoTracking().Where(o => ids.Contains(o.CaseId) && o.AccountId != null)
            .ToDictionaryAsync(o => o.CaseId, o => o.AccountId, ct);
        var profiles = await db.JobSeekerProfiles.Where(p => ids.Contains(p.CaseId)).ToDictionaryAsync(p => p.CaseId, ct);

        foreach (var id in ids)
        {
            if (!cases.TryGetValue(id, out var row)) continue;
            var line = lines.GetValueOrDefault(id);
            var profile = profiles.GetValueOrDefault(id);
            if (line is null || line.Status == RegisterEntryStatus.Cancelled || line.SignedAt is null)
            {
                // Not (or no longer) a valid card: an existing profile stops searching, a placement stays as it is.
                if (profile is { Status: SeekerStatus.Active }) (profile.Status, profile.UpdatedAt) = (SeekerStatus.Inactive, now);
                continue;
            }
            var values = JsonSerializer.Deserialize<Dictionary<string, string>>(row.DataJson) ?? [];
            var nik = Clip(Value(values, "nik") ?? row.Nik ?? line.Nik ?? "", 16);
            if (profile is null) db.JobSeekerProfiles.Add(profile = new JobSeekerProfileRecord { CaseId = id, Status = SeekerStatus.Active });
            else if (profile.Status == SeekerStatus.Inactive) profile.Status = SeekerStatus.Active;
            profile.Ak1Number = line.Number;
            profile.Nik = nik;
            profile.Name = Clip(Value(values, "nama") ?? row.ApplicantName, 100);
            profile.BirthDate = DateOnly.TryParseExact(Value(values, "tanggalLahir"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) ? born : null;
            profile.Gender = Value(values, "jenisKelamin") is { } gender ? Clip(gender, 16) : null;
            profile.Education = (int)EducationLevels.Parse(Value(values, "pendidikan"));
            profile.Major = Clip(Value(values, "jurusan") ?? "", 100);
            profile.Skills = Clip(Value(values, "keterampilan") ?? "", 200);
            profile.WishedPositions = Clip(Value(values, "jabatanDiinginkan") ?? "", 200);
            profile.WishedLocation = Clip(Value(values, "lokasiDiinginkan") ?? "", 60);
            profile.ExperienceYears = int.TryParse(Value(values, "pengalamanKerja"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var years) ? Math.Clamp(years, 0, 80) : 0;
            profile.Phone = Value(values, "telepon") is { } phone ? Clip(phone, 20) : null;
            profile.SignedAt = line.SignedAt.Value;
            profile.ValidUntil = line.ValidUntil;
            profile.AccountId = owners.GetValueOrDefault(id) ?? await AccountByNikAsync(db, nik, ct);
            profile.UpdatedAt = now;
        }
    }

    private static async Task<Guid?> AccountByNikAsync(SopDeskDbContext db, string nik, CancellationToken ct) =>
        nik.Length == 0 ? null : await db.PublicAccounts.AsNoTracking()
            .Where(a => a.Nik == nik && a.Kind == PublicAccountKind.PencariKerja && !a.Blocked)
            .OrderByDescending(a => a.Verification == AccountVerification.Verified).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);

    private static string? Value(Dictionary<string, string> values, string id) =>
        values.GetValueOrDefault(id) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
