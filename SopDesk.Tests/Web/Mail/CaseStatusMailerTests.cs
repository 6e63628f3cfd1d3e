using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SopDesk.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Mail;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Tests.Web.Mail;

/// <summary>Status mails derived from the journal of an online berkas: what they say, to whom, once.</summary>
public sealed class CaseStatusMailerTests : IAsyncLifetime
{
    private readonly OnlineBerkasBed _bed = new();

    public async Task InitializeAsync()
    {
        await _bed.AddAccountAsync();
        await _bed.TellDemoAsync();
    }

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_berkas_started_online_gives_one_diterima_mail_with_its_number_step_and_status_link()
    {
        var started = await _bed.ApplyAsync();

        (await _bed.Mailer.RunAsync()).ShouldBe(1);
        (await _bed.Mailer.RunAsync()).ShouldBe(0);

        var mail = (await _bed.MailsAsync()).ShouldHaveSingleItem();
        (mail.To, mail.Kind, mail.CaseId, mail.AccountId).ShouldBe((OnlineBerkasBed.Email, CaseStatusMailer.Kind, started.CaseId, _bed.AccountId));
        mail.Subject.ShouldBe($"Berkas {started.Number}: diterima");
        mail.TextBody.ShouldStartWith($"Yth. {OnlineBerkasBed.ApplicantName},");
        mail.TextBody.ShouldContain($"telah diterima dengan nomor berkas {started.Number}");
        mail.TextBody.ShouldContain("langkah 2 \"Menerima berkas dan meneliti kelengkapan persyaratan administrasi\" oleh Petugas Penerima");
        mail.TextBody.ShouldContain($"{OnlineBerkasBed.PublicBaseUrl}/layanan/status/{started.StatusToken}");
        (await _bed.NotifiedJournalIdAsync(started.CaseId)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_return_tells_the_note_and_the_refused_documents_reasons_and_no_mail_names_an_officer()
    {
        var started = await _bed.ApplyAsync();
        await _bed.Mailer.RunAsync();
        await _bed.ReturnAsync(started.CaseId, "Foto KTP tidak terbaca; unggah ulang yang jelas.", "KTP buram di bagian NIK");

        (await _bed.Mailer.RunAsync()).ShouldBe(1);

        var returned = (await _bed.MailsAsync())[^1];
        returned.Subject.ShouldBe($"Berkas {started.Number}: perlu dilengkapi");
        returned.TextBody.ShouldContain("Alasan petugas: Foto KTP tidak terbaca; unggah ulang yang jelas.");
        returned.TextBody.ShouldContain("- Fotokopi KTP (ktp-rahma.jpg): KTP buram di bagian NIK");
        returned.TextBody.ShouldNotContain("Pas foto 3×4 (foto-rahma.png)"); // accepted: nothing to replace
        returned.TextBody.ShouldNotContain("Foto dicatat oleh petugas internal");

        await _bed.ResubmitAsync(started.CaseId);
        await _bed.CompleteAsync(started.CaseId, "petugas-penerima", "lengkap");
        (await _bed.Mailer.RunAsync()).ShouldBe(1); // resubmission and the check after it: one mail for the batch
        var resubmitted = (await _bed.MailsAsync())[^1];
        resubmitted.Subject.ShouldBe($"Berkas {started.Number}: pengajuan ulang diterima");
        resubmitted.TextBody.ShouldContain("Pengajuan ulang Anda diterima.");
        resubmitted.TextBody.ShouldContain("Langkah 2 \"Menerima berkas dan meneliti kelengkapan persyaratan administrasi\" selesai.");
        resubmitted.TextBody.ShouldContain("Saat ini berkas berada pada langkah 3");

        var mails = await _bed.MailsAsync();
        mails.Count.ShouldBe(3);
        var officers = await _bed.StaffNamesAsync();
        officers.ShouldNotBeEmpty();
        foreach (var mail in mails)
            foreach (var officer in officers)
            {
                mail.TextBody.ShouldNotContain(officer);
                mail.Subject.ShouldNotContain(officer);
            }
        foreach (var mail in mails) mail.TextBody.ShouldNotContain("NIP");
    }

    [Fact]
    public async Task A_crash_between_queuing_and_committing_loses_no_mail_and_a_second_instance_repeats_none()
    {
        var started = await _bed.ApplyAsync();
        var crash = new CrashAfterSave();
        var crashing = Mailer(new Contexts($"Data Source={_bed.DatabasePath}", crash));

        await Should.ThrowAsync<SimulatedCrash>(() => crashing.RunAsync());
        crash.Saved.ShouldBeTrue(); // the mail row and the new mark were written, then the transaction died uncommitted
        (await _bed.MailsAsync()).ShouldBeEmpty();
        (await _bed.NotifiedJournalIdAsync(started.CaseId)).ShouldBe(0);

        // Two instances at once: the mark moves in the mail's own transaction, so only one of them tells it.
        var other = Mailer(_bed.App.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>());
        var queued = await Task.WhenAll(_bed.Mailer.RunAsync(), other.RunAsync());
        queued.Sum().ShouldBe(1);
        (await _bed.MailsAsync()).ShouldHaveSingleItem().Subject.ShouldBe($"Berkas {started.Number}: diterima");
    }

    [Fact]
    public async Task Without_a_confirmed_address_nothing_is_sent_and_nothing_is_marked()
    {
        await using (var db = _bed.NewContext())
            await db.PublicAccounts.Where(a => a.Id == _bed.AccountId).ExecuteUpdateAsync(set => set.SetProperty(a => a.EmailConfirmedAt, (DateTimeOffset?)null));
        var started = await _bed.ApplyAsync();

        (await _bed.Mailer.RunAsync()).ShouldBe(0);

        (await _bed.MailsAsync()).ShouldBeEmpty();
        (await _bed.NotifiedJournalIdAsync(started.CaseId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_complaint_without_an_account_is_told_at_its_contact_address()
    {
        var started = await _bed.ApplyAsync(new SopDesk.Web.Features.Cases.OnlineOwner(null, "Yusuf Hamdani", "yusuf.h@contoh.id"));

        (await _bed.Mailer.RunAsync()).ShouldBe(1);

        var mail = (await _bed.MailsAsync()).ShouldHaveSingleItem();
        (mail.To, mail.AccountId).ShouldBe(("yusuf.h@contoh.id", (Guid?)null));
        mail.TextBody.ShouldStartWith("Yth. Yusuf Hamdani,");
        mail.Subject.ShouldBe($"Berkas {started.Number}: diterima");
    }

    [Fact]
    public async Task The_applicant_is_reminded_once_when_their_own_limit_runs_out_soon()
    {
        var started = await _bed.ApplyAsync();
        await _bed.ReturnAsync(started.CaseId, "Lengkapi KTP.", "KTP buram");
        await _bed.Mailer.RunAsync();
        (await _bed.MailsAsync())[^1].TextBody.ShouldContain("Batas waktu Anda: ");

        await _bed.MarkApplicantDueSoonAsync(started.CaseId);
        (await _bed.Mailer.RunAsync()).ShouldBe(1);
        (await _bed.Mailer.RunAsync()).ShouldBe(0);

        var reminder = (await _bed.MailsAsync()).Where(m => m.Kind == CaseStatusMailer.ReminderKind).ShouldHaveSingleItem();
        reminder.Subject.ShouldBe($"Berkas {started.Number}: batas waktu Anda segera habis");
        reminder.TextBody.ShouldContain($"{OnlineBerkasBed.PublicBaseUrl}/layanan/status/{started.StatusToken}");
    }

    private CaseStatusMailer Mailer(IDbContextFactory<SopDeskDbContext> contexts) => new(contexts, _bed.App.Services.GetRequiredService<DefinitionCatalog>(),
        _bed.App.Services.GetRequiredService<OfficeTime>(), _bed.App.Services.GetRequiredService<MailSettings>(), NullLogger<CaseStatusMailer>.Instance);

    private sealed class SimulatedCrash() : Exception("simulated crash before commit");

    /// <summary>Lets SaveChanges run its statements, then throws before the caller can commit.</summary>
    private sealed class CrashAfterSave : SaveChangesInterceptor
    {
        public bool Saved { get; private set; }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
        {
            Saved = true;
            throw new SimulatedCrash();
        }
    }

    private sealed class Contexts(string connectionString, IInterceptor interceptor) : IDbContextFactory<SopDeskDbContext>
    {
        public SopDeskDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SopDeskDbContext>();
            options.UseSopDeskSqlite(connectionString).AddInterceptors(interceptor);
            return new(options.Options);
        }
    }
}
