using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Data.Registers;
using SopDesk.Web.Features.Registers.Export;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Web.Features.Registers;

/// <summary>What surrounds a register's rows in its Excel file: the kop, title, period, and "Mengetahui, Kepala Dinas" block.</summary>
public static class RegisterExportHeading
{
    public static async Task<RegisterExportSheet> ForAsync(SopDeskDbContext db, RegisterInfo info, RegisterFilter filter, OfficeTime time, CancellationToken ct)
    {
        var header = info.Definition.Header;
        var region = RegionOf(header.Instansi);
        var head = await HeadOfOfficeAsync(db, ct);
        return new RegisterExportSheet(
            [$"PEMERINTAH {region.ToUpperInvariant()}", header.Instansi.ToUpperInvariant(), header.Unit],
            info.Register.Name,
            PeriodText(filter),
            [],
            new SignatureBlock(region.Replace("Kota ", "", StringComparison.Ordinal).Replace("Kabupaten ", "", StringComparison.Ordinal),
                DateOnly.FromDateTime(time.Calendar.ToLocal(time.Now).DateTime), $"Kepala {header.Instansi}",
                head?.Name ?? header.DisahkanOleh.Nama, head?.Nip ?? header.DisahkanOleh.Nip),
            SheetName(info.Register.Name));
    }

    public static string FileName(RegisterInfo info, DateTimeOffset now) => $"{info.Register.Id}-{now:yyyyMMdd-HHmm}.xlsx";

    public static string PeriodText(RegisterFilter filter) => (filter.From, filter.To) switch
    {
        ({ } from, { } to) => $"Periode: {OfficeTime.FormatDate(from)} – {OfficeTime.FormatDate(to)}",
        ({ } from, null) => $"Periode: sejak {OfficeTime.FormatDate(from)}",
        (null, { } to) => $"Periode: sampai {OfficeTime.FormatDate(to)}",
        _ => "Periode: semua",
    };

    /// <summary>"Dinas … Kota Pagar Alam" → "Kota Pagar Alam" (the government the kop names first).</summary>
    private static string RegionOf(string instansi)
    {
        var at = Math.Max(instansi.LastIndexOf("Kota ", StringComparison.Ordinal), instansi.LastIndexOf("Kabupaten ", StringComparison.Ordinal));
        return at < 0 ? instansi : instansi[at..];
    }

    /// <summary>The active staff member in the Kepala Dinas role, if the office has entered one.</summary>
    private static async Task<(string Name, string Nip)?> HeadOfOfficeAsync(SopDeskDbContext db, CancellationToken ct)
    {
        var head = await (from u in db.Users
                          join link in db.UserRoles on u.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where u.IsActive && role.Name == "kepala-dinas"
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
