using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SopDesk.Web.Features.Mail;

namespace SopDesk.Tests.Web.Mail;

/// <summary>The outbox dispatcher: retries with backoff, gives up without losing the row, never sends a mail twice, keeps mail queued without SMTP.</summary>
public sealed class MailDispatcherTests : IAsyncLifetime
{
    private MailBed _bed = null!;

    public async Task InitializeAsync() => _bed = await MailBed.CreateAsync();

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task A_mail_that_failed_while_the_server_was_down_is_sent_after_its_backoff_once_the_server_is_up()
    {
        using var sink = SmtpSink.Start();
        sink.Stop();
        var settings = MailBed.Settings(sink);
        var dispatcher = _bed.Dispatcher(settings, new SmtpMailTransport(settings));
        var id = (await _bed.EnqueueAsync(1)).Single();

        (await dispatcher.SendDueAsync()).ShouldBe(new DispatchReport(1, 0, 1, 0));
        var failed = await _bed.MailAsync(id);
        (failed.Attempts, failed.SentAt, failed.GaveUp).ShouldBe((1, null, false));
        failed.LastError.ShouldNotBeNullOrEmpty();
        failed.NextAttemptAt.ShouldBe(MailBed.Start + TimeSpan.FromMinutes(1));

        sink.Restart();
        (await dispatcher.SendDueAsync()).Picked.ShouldBe(0); // not due before its backoff
        sink.Messages.ShouldBeEmpty();

        _bed.Clock.Advance(TimeSpan.FromMinutes(1));
        (await dispatcher.SendDueAsync()).ShouldBe(new DispatchReport(1, 1, 0, 0));
        sink.Messages.ShouldHaveSingleItem().Subject.ShouldBe("Berkas 503/48/0001: diterima");
        (await _bed.MailAsync(id)).SentAt.ShouldBe(MailBed.Start + TimeSpan.FromMinutes(1));
        (await dispatcher.SendDueAsync()).Picked.ShouldBe(0);
        sink.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task After_MaxAttempts_the_mail_is_given_up_and_kept_and_the_waits_double()
    {
        var settings = MailBed.Settings(maxAttempts: 3); // nothing listens on its port
        var dispatcher = _bed.Dispatcher(settings, new SmtpMailTransport(settings));
        var id = (await _bed.EnqueueAsync(1)).Single();

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var report = await dispatcher.SendDueAsync();
            report.Failed.ShouldBe(1);
            report.GaveUp.ShouldBe(attempt == 3 ? 1 : 0);
            var mail = await _bed.MailAsync(id);
            waits.Add(mail.NextAttemptAt - _bed.Time.Now);
            _bed.Clock.Advance(TimeSpan.FromHours(2));
        }
        waits.Take(2).ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)]);

        var given = await _bed.MailAsync(id);
        (given.GaveUp, given.Attempts, given.SentAt).ShouldBe((true, 3, null));
        given.Subject.ShouldBe("Berkas 503/48/0001: diterima");
        (await dispatcher.SendDueAsync()).Picked.ShouldBe(0);
    }

    [Fact]
    public void The_backoff_doubles_from_one_minute_up_to_an_hour()
    {
        var settings = new MailSettings();
        Enumerable.Range(1, 8).Select(settings.Backoff).ShouldBe(new[] { 1, 2, 4, 8, 16, 32, 60, 60 }.Select(m => TimeSpan.FromMinutes(m)));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_send_the_same_mail_twice()
    {
        using var sink = SmtpSink.Start();
        var settings = MailBed.Settings(sink, batchSize: 40);
        var first = _bed.Dispatcher(settings, new SmtpMailTransport(settings));
        var second = _bed.Dispatcher(settings, new SmtpMailTransport(settings));
        await _bed.EnqueueAsync(40);

        var reports = await Task.WhenAll(first.SendDueAsync(), second.SendDueAsync());

        reports.Sum(r => r.Sent).ShouldBe(40);
        sink.Messages.Count.ShouldBe(40);
        sink.Messages.Select(m => m.Subject).Distinct().Count().ShouldBe(40);
        await using var db = _bed.Database.NewContext();
        (await db.OutgoingMails.CountAsync(m => m.SentAt == null)).ShouldBe(0);
    }

    [Fact]
    public async Task A_claimed_mail_is_not_sent_by_another_dispatcher_until_its_lease_runs_out()
    {
        using var sink = SmtpSink.Start();
        var settings = MailBed.Settings(sink);
        var id = (await _bed.EnqueueAsync(1)).Single();
        // A dispatcher that claimed the mail and then stalled (or died) before sending it.
        var stalled = new StallingTransport();
        var stalledSend = _bed.Dispatcher(settings, stalled).SendDueAsync();
        await stalled.Entered.Task;

        var other = _bed.Dispatcher(settings, new SmtpMailTransport(settings));
        (await other.SendDueAsync()).Picked.ShouldBe(0);
        sink.Messages.ShouldBeEmpty();

        _bed.Clock.Advance(settings.ClaimLease);
        (await other.SendDueAsync()).Sent.ShouldBe(1);
        stalled.Release.SetResult();
        (await stalledSend).Sent.ShouldBe(1); // it did hand the message over, but the row is no longer its to mark
        (await _bed.MailAsync(id)).SentAt.ShouldBe(MailBed.Start + settings.ClaimLease);
        sink.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task In_Production_without_an_SMTP_server_mail_stays_queued()
    {
        var settings = MailSettings.Read(new ConfigurationBuilder().Build(), new Environment(Environments.Production));
        settings.Route.ShouldBe(MailRoute.QueueOnly);
        MailRegistration.Transport(settings).ShouldBeNull();
        var id = (await _bed.EnqueueAsync(1)).Single();

        (await _bed.Dispatcher(settings, MailRegistration.Transport(settings)).SendDueAsync()).ShouldBe(DispatchReport.None);

        var mail = await _bed.MailAsync(id);
        (mail.SentAt, mail.Attempts, mail.GaveUp, mail.NextAttemptAt).ShouldBe((null, 0, false, MailBed.Start));
    }

    [Fact]
    public void Development_without_SMTP_writes_to_App_Data_mail_under_the_content_root_and_a_host_means_SMTP()
    {
        var development = MailSettings.Read(new ConfigurationBuilder().Build(), new Environment(Environments.Development));
        development.Route.ShouldBe(MailRoute.PickupFolder);
        development.PickupFolder.ShouldBe(Path.Combine("/srv/sopdesk/SopDesk.Web", "App_Data", "mail"));
        development.PublicBaseUrl.ShouldBe("http://localhost:5000");
        development.From.ToString().ShouldBe("\"Layanan Online\" <no-reply@localhost>");

        var smtp = MailSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "smtp.contoh.go.id", ["Mail:Smtp:Port"] = "587", ["Mail:Smtp:UseSsl"] = "StartTls",
            ["Mail:PublicBaseUrl"] = "https://layanan.contoh.go.id/",
        }).Build(), new Environment(Environments.Development));
        (smtp.Route, smtp.SmtpHost, smtp.SmtpPort, smtp.SmtpSecurity).ShouldBe((MailRoute.Smtp, "smtp.contoh.go.id", 587, MailKit.Security.SecureSocketOptions.StartTls));
        smtp.PublicBaseUrl.ShouldBe("https://layanan.contoh.go.id");
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "SopDesk.Web";
        public string ContentRootPath { get; set; } = "/srv/sopdesk/SopDesk.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    /// <summary>Holds the send until released, to play a dispatcher that stalls after claiming a mail.</summary>
    private sealed class StallingTransport : IMailTransport
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken ct)
        {
            Entered.SetResult();
            await Release.Task;
        }
    }
}
