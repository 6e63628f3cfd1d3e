using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.LaborMarket.Vacancies;
using SopDesk.Web.Layanan.Jobs.Posting;
using SopDesk.Workflows.Engine;
using static SopDesk.Tests.Web.LaborMarket.Vacancies.VacancyBed;

namespace SopDesk.Tests.Web.LaborMarket.Vacancies;

/// <summary>A verified employer reports a vacancy on /layanan; the lowongan berkas checks it; the vacancy follows the berkas.</summary>
public sealed class EmployerPostingTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private const string Pasang = "/layanan/lowongan/pasang";
    private static int _serial = 1500;

    private async Task<(PublicAccountRecord Account, HttpClient Client, long Id, VacancyRecord Vacancy)> PostedAsync()
    {
        var account = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var client = Client(app, account);
        var id = VacancyIdOf(await SubmitAsync(client, Pasang, Form(app.Services)));
        return (account, client, id, await VacancyAsync(app.Services, id));
    }

    [Fact]
    public async Task A_posted_vacancy_is_checked_approved_and_published_with_a_wajib_lapor_number()
    {
        var (account, client, id, vacancy) = await PostedAsync();
        (vacancy.Source, vacancy.EmployerAccountId, vacancy.CompanyName, vacancy.Status).ShouldBe((VacancySource.Employer, (Guid?)account.Id, account.CompanyName!, VacancyStatus.Submitted));
        (vacancy.SalaryMin, vacancy.ContactPhone).ShouldBe(((long?)3_500_000, "+6281234567890"));
        var caseId = vacancy.CaseId!.Value;
        await using (var db = await DbAsync(app.Services))
        {
            var berkas = await db.Cases.SingleAsync(c => c.Id == caseId);
            (berkas.DefinitionId, berkas.CurrentStepId, berkas.ApplicantName).ShouldBe(("lowongan", "verifikasi", account.CompanyName!));
            var open = await db.WorkItems.SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
            open.Roles.ShouldContain("|pengantar-kerja|"); // in the Pengantar Kerja's inbox
            (await db.OnlineCases.SingleAsync(o => o.CaseId == caseId)).AccountId.ShouldBe(account.Id);
        }
        var page = Html(await client.GetAsync($"/layanan/lowongan/saya/{id}"));
        page.ShouldContain("Menunggu verifikasi");
        page.ShouldContain("Target pemeriksaan");

        await ActAsync(app.Services, caseId, "pengantar-kerja", "verifikasi", "sesuai");
        await ActAsync(app.Services, caseId, "kasi", "setujui", "setuju");
        (await VacancyAsync(app.Services, id)).Status.ShouldBe(VacancyStatus.Submitted);
        await ActAsync(app.Services, caseId, "pengantar-kerja", "tayangkan", null);

        var published = await VacancyAsync(app.Services, id);
        published.Status.ShouldBe(VacancyStatus.Published);
        published.RegisterNumber.ShouldNotBeNull().ShouldMatch(@"^\d{4}/LOKER/DISPMPTSPTK/\d{4}$");
        published.PublishedAt.ShouldNotBeNull();
        await using (var db = await DbAsync(app.Services))
            (await db.RegisterEntries.SingleAsync(e => e.CaseId == caseId && e.RegisterId == "register-lowongan")).Number.ShouldBe(published.RegisterNumber);
        page = Html(await client.GetAsync($"/layanan/lowongan/saya/{id}"));
        page.ShouldContain($"Tayang sampai {VacancyStatusText.Day(published.ClosesOn)}");
        page.ShouldContain(published.RegisterNumber);
        Html(await client.GetAsync("/layanan/lowongan/saya")).ShouldContain(published.RegisterNumber);
    }

    [Fact]
    public async Task The_berkas_of_a_posted_vacancy_shows_the_vacancy_and_no_empty_upload_panel()
    {
        var (_, _, _, vacancy) = await PostedAsync();
        var officer = SignInForm.NewClient(app);
        (await SignInForm.SignInAsync(officer, "pengantar-kerja", SopDesk.Web.Features.Demo.DemoStaff.Password)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);

        var page = await officer.GetStringAsync($"/berkas/{vacancy.CaseId}");

        page.ShouldContain("data-testid=\"vacancy-panel\"");
        page.ShouldNotContain("data-testid=\"upload-panel\"", customMessage: "the lowongan SOP declares no uploads");
    }

    [Fact]
    public async Task A_returned_vacancy_shows_the_note_and_the_employer_fixes_and_resubmits()
    {
        var (_, client, id, vacancy) = await PostedAsync();
        var caseId = vacancy.CaseId!.Value;
        const string note = "Alasan batas usia belum jelas; upah mohon dicek terhadap UMK.";
        await ActAsync(app.Services, caseId, "pengantar-kerja", "verifikasi", "perbaiki", note);
        (await VacancyAsync(app.Services, id)).Status.ShouldBe(VacancyStatus.Returned);

        var page = Html(await client.GetAsync($"/layanan/lowongan/saya/{id}"));
        page.ShouldContain("Perlu perbaikan");
        page.ShouldContain(note);
        page.ShouldContain("Perbaiki dan kirim ulang");
        page.ShouldContain("Batas waktu perbaikan");

        var fix = $"/layanan/lowongan/saya/{id}/perbaiki";
        var form = Form(app.Services, "Operator mesin CNC");
        form["Input.SalaryMin"] = "";
        Html(await SubmitAsync(client, fix, form)).ShouldContain(VacancyRules.SalaryRequired);
        form["Input.SalaryMin"] = "3.800.000";
        var sent = await SubmitAsync(client, fix, form);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, Html(sent));

        var fixedVacancy = await VacancyAsync(app.Services, id);
        (fixedVacancy.Position, fixedVacancy.SalaryMin, fixedVacancy.Status).ShouldBe(("Operator mesin CNC", (long?)3_800_000, VacancyStatus.Submitted));
        await using var db = await DbAsync(app.Services);
        var berkas = await db.Cases.SingleAsync(c => c.Id == caseId);
        (berkas.Status, berkas.CurrentStepId).ShouldBe((CaseStatus.Active, "verifikasi"));
        berkas.DataJson.ShouldContain("Operator mesin CNC");
    }

    [Fact]
    public async Task A_rejected_vacancy_shows_the_reason()
    {
        var (_, client, id, vacancy) = await PostedAsync();
        await ActAsync(app.Services, vacancy.CaseId!.Value, "pengantar-kerja", "verifikasi", "tolak", "Perusahaan tidak dapat dihubungi.");
        (await VacancyAsync(app.Services, id)).Status.ShouldBe(VacancyStatus.Rejected);
        var page = Html(await client.GetAsync($"/layanan/lowongan/saya/{id}"));
        page.ShouldContain("Ditolak");
        page.ShouldContain("Perusahaan tidak dapat dihubungi.");
    }

    [Fact]
    public async Task The_same_form_posted_twice_makes_one_vacancy()
    {
        var account = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var client = Client(app, account);
        var hidden = HiddenFields(await client.GetStringAsync(Pasang));
        var first = VacancyIdOf(await PostAsync(client, Pasang, hidden, Form(app.Services)));
        var second = VacancyIdOf(await PostAsync(client, Pasang, hidden, Form(app.Services)));
        second.ShouldBe(first);
        await using var db = await DbAsync(app.Services);
        (await db.Vacancies.CountAsync(v => v.EmployerAccountId == account.Id)).ShouldBe(1);
        (await db.OnlineCases.CountAsync(o => o.AccountId == account.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_comes_back_next_to_the_field_with_the_typed_values()
    {
        var account = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var form = Form(app.Services, "Juru masak");
        (form["Input.Gender"], form["Input.GenderReason"]) = (VacancyRules.Female, "");
        var response = await SubmitAsync(Client(app, account), Pasang, form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = Html(response);
        html.ShouldContain(VacancyRules.GenderReasonRequired);
        html.ShouldContain("value=\"Juru masak\"");
        await using var db = await DbAsync(app.Services);
        (await db.Vacancies.CountAsync(v => v.EmployerAccountId == account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task An_employer_whose_verification_is_withdrawn_after_opening_the_form_is_refused_at_the_post()
    {
        var account = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var client = Client(app, account);
        var hidden = HiddenFields(await client.GetStringAsync(Pasang));
        await using (var db = await DbAsync(app.Services))
        {
            (await db.PublicAccounts.SingleAsync(a => a.Id == account.Id)).Verification = AccountVerification.Pending;
            await db.SaveChangesAsync();
        }
        var response = await PostAsync(client, Pasang, hidden, Form(app.Services));
        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        await using (var db = await DbAsync(app.Services))
            (await db.Vacancies.CountAsync(v => v.EmployerAccountId == account.Id)).ShouldBe(0);
        // The page explains instead of showing the form.
        var page = Html(await client.GetAsync(Pasang));
        page.ShouldContain(EmployerVacancies.NotVerified);
        page.ShouldNotContain("data-testid=\"vacancy-form\"");
    }

    [Fact]
    public async Task A_job_seeker_is_refused_on_the_page_at_the_post_and_by_the_service()
    {
        var seeker = await SopDesk.Tests.Web.Layanan.Applications.ApplicantBed.CreateAccountAsync(app.Services, Interlocked.Increment(ref _serial));
        var client = Client(app, seeker);
        var page = await client.GetStringAsync(Pasang);
        WebUtility.HtmlDecode(page).ShouldContain(EmployerVacancies.NotEmployer);
        var fields = Form(app.Services);
        fields["_handler"] = PostVacancyPage.FormName;
        var response = await PostAsync(client, Pasang, HiddenFields(page), fields);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<EmployerVacancies>();
        var input = new VacancyInput { Submission = service.NewSubmission(seeker) };
        (await service.PostAsync(seeker, input)).Message.ShouldBe(EmployerVacancies.NotEmployer);
        var pending = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial), verified: false);
        (await service.PostAsync(pending, new VacancyInput { Submission = service.NewSubmission(pending) })).Message.ShouldBe(EmployerVacancies.NotVerified);
        await using var db = await DbAsync(app.Services);
        (await db.Vacancies.CountAsync(v => v.EmployerAccountId == seeker.Id || v.EmployerAccountId == pending.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Another_employers_vacancy_is_not_found()
    {
        var (_, _, id, _) = await PostedAsync();
        var other = await EmployerAsync(app.Services, Interlocked.Increment(ref _serial));
        var client = Client(app, other);
        (await client.GetAsync($"/layanan/lowongan/saya/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/layanan/lowongan/saya/{id}/perbaiki")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Html(await client.GetAsync("/layanan/lowongan/saya")).ShouldNotContain($"/layanan/lowongan/saya/{id}\"");
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<EmployerVacancies>().CloseAsync(other, id)).ShouldBe("Lowongan tidak ditemukan.");
        (await VacancyAsync(app.Services, id)).Status.ShouldBe(VacancyStatus.Submitted);
    }

    [Fact]
    public async Task The_employer_closes_early_and_the_berkas_no_longer_changes_the_status()
    {
        var (_, client, id, vacancy) = await PostedAsync();
        var page = await client.GetStringAsync($"/layanan/lowongan/saya/{id}");
        var hidden = HiddenFields(page[page.IndexOf("data-testid=\"close-form\"", StringComparison.Ordinal)..]);
        hidden["_handler"] = "tutup";
        (await PostAsync(client, $"/layanan/lowongan/saya/{id}", hidden, new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await VacancyAsync(app.Services, id);
        (closed.Status, closed.ClosedAt is null).ShouldBe((VacancyStatus.Closed, false));
        await using (var db = await DbAsync(app.Services))
            (await db.Journal.CountAsync(j => j.CaseId == vacancy.CaseId && j.Action == JournalActions.VacancyClosed)).ShouldBe(1);

        await ActAsync(app.Services, vacancy.CaseId!.Value, "pengantar-kerja", "verifikasi", "sesuai");
        (await VacancyAsync(app.Services, id)).Status.ShouldBe(VacancyStatus.Closed);
        Html(await client.GetAsync($"/layanan/lowongan/saya/{id}")).ShouldContain("Ditutup");
    }
}
