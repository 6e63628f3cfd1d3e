using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Access;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Office;
using SopDesk.Web.Features.Registers.Export;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Registers;

/// <summary>
/// What surrounds a register's rows in its Excel file: the kop, title, period, and the "Mengetahui" block of the office
/// profile's register signer (the Kepala Dinas as shipped).
/// </summary>
public static class RegisterExportHeading
{
    public static async Task<RegisterExportSheet> ForAsync(SopDeskDbContext db, RegisterInfo info, RegisterFilter filter, OfficeProfile office,
        OfficeTime time, CancellationToken ct)
    {
        var header = info.Definition.Header;
        var signer = await HolderOfAsync(db, office.RegisterSignerRole, ct);
        // Without an active holder the SOP's own "disahkan oleh" (the Kepala Dinas who signed the paper SOP) is printed.
        var fromSop = office.RegisterSignerRole == office.HeadRole;
        var officer = filter.OfficerUserId is { Length: > 0 } officerId
            ? await db.Users.AsNoTracking().Where(u => u.Id == officerId).Select(u => u.FullName).FirstOrDefaultAsync(ct)
            : null;
        return new RegisterExportSheet(
            [office.Government.ToUpperInvariant(), office.Dinas.ToUpperInvariant(), header.Unit],
            info.Register.Name,
            FilterText(filter, officer),
            [],
            new SignatureBlock(office.City, DateOnly.FromDateTime(time.Calendar.ToLocal(time.Now).DateTime),
                office.RegisterSignerRole == office.HeadRole ? $"Kepala {office.Dinas}" : office.NameOf(office.RegisterSignerRole),
                signer?.Name ?? (fromSop ? header.DisahkanOleh.Nama : ""), signer?.Nip ?? (fromSop ? header.DisahkanOleh.Nip : "")),
            SheetName(info.Register.Name));
    }

    public static string FileName(RegisterInfo info, DateTimeOffset now) => $"{info.Register.Id}-{now:yyyyMMdd-HHmm}.xlsx";

    /// <summary>
    /// The sheet's line under the title: the period and every other filter the lines were chosen by, so a filtered file
    /// never reads as the whole book. A full NIK searched for is written masked (the line is also the journal's).
    /// </summary>
    public static string FilterText(RegisterFilter filter, string? officerName = null)
    {
        var parts = new List<string> { PeriodText(filter) };
        if (filter.Status is { } status) parts.Add($"status: {(status == RegisterEntryStatus.Cancelled ? "batal" : "aktif")}");
        if (!string.IsNullOrWhiteSpace(filter.OfficerUserId)) parts.Add($"petugas: {officerName ?? "(tidak dikenal)"}");
        if (filter.Text?.Trim() is { Length: > 0 } text)
            parts.Add($"pencarian: \"{(PersonalDataPolicy.IsFullNik(text) ? PersonalDataPolicy.MaskNik(text) : text)}\"");
        return string.Join("; ", parts);
    }

    public static string PeriodText(RegisterFilter filter) => (filter.From, filter.To) switch
    {
        ({ } from, { } to) => $"Periode: {OfficeTime.FormatDate(from)} – {OfficeTime.FormatDate(to)}",
        ({ } from, null) => $"Periode: sejak {OfficeTime.FormatDate(from)}",
        (null, { } to) => $"Periode: sampai {OfficeTime.FormatDate(to)}",
        _ when filter.Status is not null || !string.IsNullOrWhiteSpace(filter.OfficerUserId) || !string.IsNullOrWhiteSpace(filter.Text) => "Periode: semua tanggal",
        _ => "Periode: semua",
    };

    /// <summary>The active staff member holding <paramref name="signerRole"/>, if the office has entered one.</summary>
    private static async Task<(string Name, string Nip)?> HolderOfAsync(SopDeskDbContext db, string signerRole, CancellationToken ct)
    {
        var head = await (from u in db.Users
                          join link in db.UserRoles on u.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where u.IsActive && role.Name == signerRole
                          select new { u.FullName, u.Nip }).FirstOrDefaultAsync(ct);
        return head is null ? null : (head.FullName, head.Nip);
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet name.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => !"[]:*?/\\".Contains(c))]);
        return clean.Length <= 31 ? clean : clean[..31].TrimEnd();
    }
}
