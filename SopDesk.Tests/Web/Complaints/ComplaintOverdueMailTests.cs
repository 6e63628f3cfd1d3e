using Microsoft.EntityFrameworkCore;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Sla;

namespace SopDesk.Tests.Web.Complaints;

/// <summary>
/// Perwali Banjarbaru 29/2015 on the SLA sweep: a complaint still open 2 hari kerja after it was received gets one email
/// ("pengaduan-terlambat", with its status link); a complaint closed in time gets none. Received Monday 16 November 2026 09.00 WIB,
/// so the deadline is Wednesday 18 November 09.00 (no holidays in between).
/// </summary>
public sealed class ComplaintOverdueMailTests : IAsyncLifetime
{
    private ComplaintBed _bed = default!;

    public async Task InitializeAsync() => _bed = await ComplaintBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_open_complaint_past_two_working_days_is_mailed_once_and_a_closed_one_never()
    {
        var open = await _bed.SubmitAsync(values: ComplaintBed.Valid("Pelapor Terbuka", "terbuka@contoh.id"));
        var closed = await _bed.SubmitAsync(values: ComplaintBed.Valid("Pelapor Selesai", "selesai@contoh.id"));
        var openCase = (await _bed.OnlineAsync(open)).CaseId;
        var closedCase = (await _bed.OnlineAsync(closed)).CaseId;
        // The open one is answered but not solved; the other is answered and resolved on Tuesday.
        await _bed.ActAsync(openCase, ComplaintBed.At(16, 11, 0), null, new() { ["tanggapan"] = "Pengaduan Anda sedang kami periksa." });
        await _bed.ActAsync(closedCase, ComplaintBed.At(16, 11, 5), null, new() { ["tanggapan"] = "Pengaduan Anda sedang kami periksa." });
        await _bed.ActAsync(closedCase, ComplaintBed.At(17, 10, 0), "selesai", new() { ["catatanTindakLanjut"] = "Masalah sudah diperbaiki petugas." });

        await _bed.SweepAtAsync(ComplaintBed.At(18, 8, 59));
        (await MailsAsync(openCase, closedCase)).ShouldBeEmpty();

        await _bed.SweepAtAsync(ComplaintBed.At(18, 9, 1));
        await _bed.SweepAtAsync(ComplaintBed.At(18, 13, 0));
        await _bed.SweepAtAsync(ComplaintBed.At(19, 9, 0));

        var mail = (await MailsAsync(openCase, closedCase)).ShouldHaveSingleItem();
        (mail.To, mail.CaseId, mail.AccountId).ShouldBe(("terbuka@contoh.id", (Guid?)openCase, (Guid?)null));
        mail.TextBody.ShouldContain($"/layanan/pengaduan/{open}");
        mail.TextBody.ShouldContain("2 hari kerja");
        mail.TextBody.ShouldNotContain(ComplaintBed.OfficerName);
        await using var db = await _bed.DbAsync();
        (await db.SlaBreaches.CountAsync(b => b.CaseId == openCase && b.Kind == SlaBreachKind.CaseDeadline)).ShouldBe(1);
        (await _bed.Client().GetStringAsync($"/layanan/pengaduan/{open}")).ShouldContain("data-testid=\"past-target\"");
        (await _bed.Client().GetStringAsync($"/layanan/pengaduan/{closed}")).ShouldNotContain("data-testid=\"past-target\"");
    }

    [Fact]
    public async Task A_signed_in_complainant_is_mailed_at_the_account_address()
    {
        var account = await _bed.AccountAsync(email: "akun@contoh.id");
        var values = ComplaintBed.Valid();
        values.Remove("namaPelapor");
        values.Remove("emailPelapor");
        var token = await _bed.SubmitAsync(_bed.SignedIn(account), values);

        await _bed.SweepAtAsync(ComplaintBed.At(18, 10, 0));
        await _bed.SweepAtAsync(ComplaintBed.At(18, 11, 0));

        var caseId = (await _bed.OnlineAsync(token)).CaseId;
        var mail = (await MailsAsync(caseId)).ShouldHaveSingleItem();
        (mail.To, mail.AccountId).ShouldBe(("akun@contoh.id", (Guid?)account.Id));
    }

    /// <summary>The overdue mails of these complaints (the demo data has complaints of its own).</summary>
    private async Task<List<OutgoingMailRecord>> MailsAsync(params Guid[] caseIds)
    {
        await using var db = await _bed.DbAsync();
        return await db.OutgoingMails.AsNoTracking().Where(m => m.Kind == SlaSweep.ComplaintOverdueMail && caseIds.Contains(m.CaseId!.Value)).ToListAsync();
    }
}
