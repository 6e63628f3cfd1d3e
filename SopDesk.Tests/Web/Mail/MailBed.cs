using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Data;
using SopDesk.Web.Features.Catalog;
using SopDesk.Web.Features.Mail;
using SopDesk.Web.Features.Shared;

namespace SopDesk.Tests.Web.Mail;

/// <summary>A temp database with the office's services on a fake clock, and dispatchers built on it with a chosen transport.</summary>
internal sealed class MailBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(7));

    private MailBed(TempDatabase database, ServiceProvider services, FakeTimeProvider clock) => (Database, Services, Clock) = (database, services, clock);

    public TempDatabase Database { get; }
    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public OfficeTime Time => Services.GetRequiredService<OfficeTime>();

    public static async Task<MailBed> CreateAsync()
    {
        var database = await TempDatabase.CreateAsync();
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection().AddOfficeCore(database, clock).AddSingleton<MailSignal>().BuildServiceProvider();
        return new MailBed(database, services, clock);
    }

    public static MailSettings Settings(SmtpSink? sink = null, int maxAttempts = 8, int batchSize = 20) => new()
    {
        SmtpHost = "127.0.0.1", SmtpPort = sink?.Port ?? SmtpSink.FreePort(), SmtpSecurity = MailKit.Security.SecureSocketOptions.None,
        MaxAttempts = maxAttempts, BatchSize = batchSize, Route = MailRoute.Smtp, From = MimeKit.MailboxAddress.Parse("Layanan Online Disnaker <layanan@disnaker.contoh.go.id>"),
    };

    public MailDispatcher Dispatcher(MailSettings settings, IMailTransport? transport)
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>();
        var mailer = new CaseStatusMailer(contexts, Services.GetRequiredService<DefinitionCatalog>(), Time, settings, NullLogger<CaseStatusMailer>.Instance);
        return new MailDispatcher(contexts, settings, transport, mailer, new MailSignal(), Time, Services.GetRequiredService<TimeProvider>(),
            NullLogger<MailDispatcher>.Instance);
    }

    /// <summary>Queues mails as a feature would: in its own unit of work, at the office's now.</summary>
    public async Task<IReadOnlyList<long>> EnqueueAsync(int count, string subject = "Berkas 503/48/0001: diterima")
    {
        await using var db = Database.NewContext();
        var mails = Enumerable.Range(1, count)
            .Select(i => Outbox.Enqueue(db, $"pemohon{i}@contoh.id", count == 1 ? subject : $"{subject} #{i}", "Pengajuan Anda telah diterima.", "uji", Time.Now))
            .ToList();
        await db.SaveChangesAsync();
        return mails.Select(m => m.Id).ToList();
    }

    public async Task<OutgoingMailRecord> MailAsync(long id)
    {
        await using var db = Database.NewContext();
        return await db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
