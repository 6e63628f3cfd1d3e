using Microsoft.EntityFrameworkCore;
using SopDesk.Data;
using SopDesk.Web.Features.Mail;
using SopDesk.Web.Layanan.Complaints;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Web.Features.Sla;

public sealed partial class SlaSweep
{
    public const string ComplaintOverdueMail = "pengaduan-terlambat";

    /// <summary>
    /// Perwali Banjarbaru 29/2015: a complaint not solved within 2 hari kerja is told so. Called when the case deadline's breach
    /// of an open complaint is recorded (once per berkas: the breach's key is the case's), so the mail is queued in the same
    /// SaveChanges as that breach — it cannot be queued twice nor lost if the sweep fails before saving.
    /// </summary>
    private async Task<int> TellComplainantOfDeadlineAsync(SopDeskDbContext db, SopDefinition definition, Guid caseId, string number,
        DateTimeOffset deadline, DateTimeOffset now, CancellationToken ct)
    {
        if (definition.Online?.Purpose != OnlinePurpose.Complaint) return 0;
        var online = await db.OnlineCases.AsNoTracking().FirstOrDefaultAsync(o => o.CaseId == caseId, ct);
        if (online is null) return 0; // recorded at the desk from a phone call: the officer calls back.
        var to = online.ContactEmail
            ?? await db.PublicAccounts.Where(a => a.Id == online.AccountId).Select(a => a.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(to)) return 0;
        Outbox.Enqueue(db, to, $"Pengaduan {number} belum selesai",
            $"""
            Yth. {online.ContactName ?? "Pelapor"},

            Pengaduan Anda nomor {number} belum dapat kami selesaikan dalam {definition.CaseDeadline!.Waktu.Text} (sampai {time.FormatDateTime(deadline)}).
            Pengaduan tetap kami tindak lanjuti, dan setiap tanggapan dapat Anda baca di halaman status pengaduan:
            {mail.PublicBaseUrl}{ComplaintLinks.StatusPath(online.StatusToken)}

            Simpan tautan ini; siapa pun yang memegangnya dapat membaca pengaduan Anda.

            {office.Current.OfficeName}
            """, ComplaintOverdueMail, now, caseId, online.AccountId);
        return 1;
    }
}
