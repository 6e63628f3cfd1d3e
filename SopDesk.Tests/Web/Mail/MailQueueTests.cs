using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Demo;
using SopDesk.Web.Features.Mail;

namespace SopDesk.Tests.Web.Mail;

/// <summary>/admin/surel: administrators see unsent mail (address masked) and send a given-up one again, journaled; nobody else may.</summary>
public sealed class MailQueueTests : IAsyncLifetime
{
    private const string Subject = "Berkas 503/48/0042: perlu dilengkapi";
    private readonly SopDeskAppFactory _app = new() { Settings = new Dictionary<string, string> { ["Mail:Dispatch"] = "false" } };
    private long _givenUp;

    public async Task InitializeAsync()
    {
        await using var db = Context();
        var mail = Outbox.Enqueue(db, "rahmawati.kd@contoh.id", Subject, "Isi surel.", CaseStatusMailer.Kind, DateTimeOffset.UtcNow);
        (mail.Attempts, mail.GaveUp, mail.LastError) = (8, true, "SocketException: Connection refused");
        await db.SaveChangesAsync();
        _givenUp = mail.Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private SopDeskDbContext Context() => _app.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = SignInForm.NewClient(_app);
        (await SignInForm.SignInAsync(client, user, DemoStaff.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    [Fact]
    public async Task An_administrator_sees_the_given_up_mail_masked_and_other_staff_are_refused()
    {
        var page = await (await SignedInAsync("admin")).GetAsync("/admin/surel");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain(Subject);
        html.ShouldContain("ra***@contoh.id");
        html.ShouldNotContain("rahmawati.kd@contoh.id");
        html.ShouldContain("SocketException: Connection refused");
        html.ShouldContain("Kirim ulang");

        var refused = await (await SignedInAsync("kasi")).GetAsync("/admin/surel");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldStartWith("http://localhost/ditolak");
    }

    [Fact]
    public async Task Kirim_ulang_puts_a_given_up_mail_back_in_the_queue_and_journals_it_and_only_an_administrator_may()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<MailQueue>();

        (await queue.ResendAsync(_givenUp, await SignInForm.PrincipalAsync(_app.Services, "kasi"))).ShouldBe(MailQueue.NotAdministrator);
        (await queue.ResendAsync(_givenUp, await SignInForm.PrincipalAsync(_app.Services, "admin"))).ShouldBeNull();

        await using var db = Context();
        var mail = await db.OutgoingMails.AsNoTracking().SingleAsync(m => m.Id == _givenUp);
        (mail.GaveUp, mail.Attempts, mail.SentAt).ShouldBe((false, 0, null));
        var line = await db.Journal.AsNoTracking().SingleAsync(j => j.Action == MailQueue.ResentAction);
        line.ActorUserId.ShouldNotBeNullOrEmpty();
        line.Detail.ShouldContain($"Surel #{_givenUp}");
        line.Detail.ShouldNotContain("rahmawati.kd@contoh.id");
        (await queue.ResendAsync(_givenUp, await SignInForm.PrincipalAsync(_app.Services, "admin"))).ShouldNotBeNull(); // no longer given up
    }
}
