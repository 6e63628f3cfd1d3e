using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Web.Features.Cases;
using SopDesk.Web.Features.LaborMarket;
using SopDesk.Web.Features.Shared;
using SopDesk.Workflows.Engine;
using SopDesk.Tests.Web.Layanan.Applications;

namespace SopDesk.Tests.Web.LaborMarket.Vacancies;

/// <summary>
/// Employers written into the app's database and signed in with the public cookie (ApplicantBed), the vacancy form posted as a
/// browser would (its own hidden fields), and the desk's steps of the lowongan berkas done through CaseService as demo officers.
/// </summary>
public static partial class VacancyBed
{
    public static async Task<PublicAccountRecord> EmployerAsync(IServiceProvider services, int serial, bool verified = true)
    {
        var account = await ApplicantBed.CreateAccountAsync(services, serial, PublicAccountKind.PemberiKerja);
        await using var db = await DbAsync(services);
        var row = await db.PublicAccounts.SingleAsync(a => a.Id == account.Id);
        row.CompanyName = $"PT Uji Lowongan {serial}";
        row.Phone = $"+628123400{serial:0000}";
        row.Nik = null;
        row.Verification = verified ? AccountVerification.Verified : AccountVerification.Pending;
        await db.SaveChangesAsync();
        return row;
    }

    public static async Task<SopDeskDbContext> DbAsync(IServiceProvider services) =>
        await services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContextAsync();

    public static DateOnly Today(IServiceProvider services) => DateOnly.FromDateTime(services.GetRequiredService<OfficeTime>().Now.DateTime);

    /// <summary>A vacancy form that passes every rule, as posted field names ("Input.Position" …).</summary>
    public static Dictionary<string, string> Form(IServiceProvider services, string position = "Operator mesin bubut") => new()
    {
        ["Input.Position"] = position, ["Input.Description"] = "Mengoperasikan mesin bubut, shift pagi dan malam.", ["Input.Openings"] = "3",
        ["Input.Location"] = "Kota Pagar Alam", ["Input.Sector"] = "C", ["Input.Education"] = "SMA/SMK", ["Input.Majors"] = "Teknik Mesin",
        ["Input.Skills"] = "bubut, membaca gambar teknik", ["Input.ExperienceYears"] = "1", ["Input.AgeMin"] = "", ["Input.AgeMax"] = "",
        ["Input.AgeReason"] = "", ["Input.Gender"] = "", ["Input.GenderReason"] = "", ["Input.SalaryMin"] = "3.500.000", ["Input.SalaryMax"] = "4.000.000",
        ["Input.ClosesOn"] = Today(services).AddDays(30).ToString("yyyy-MM-dd"), ["Input.ContactName"] = "Bu Rina (HRD)",
        ["Input.ContactPhone"] = "0812 3456 7890", ["Input.ContactEmail"] = "hrd@contoh.id",
    };

    /// <summary>The hidden fields of the form marked <c>data-testid="vacancy-form"</c> (or of the whole page when it has none).</summary>
    public static Dictionary<string, string> HiddenFields(string html)
    {
        var start = html.IndexOf("data-testid=\"vacancy-form\"", StringComparison.Ordinal);
        var form = start < 0 ? html : html[html.LastIndexOf("<form", start, StringComparison.Ordinal)..];
        if (start >= 0) form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(form))
        {
            var name = WebUtility.HtmlDecode(Attribute(input.Value, "name"));
            if (name.Length > 0) fields.TryAdd(name, WebUtility.HtmlDecode(Attribute(input.Value, "value")));
        }
        fields.TryAdd("kontak_tambahan", "");
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> hidden, IReadOnlyDictionary<string, string> fields)
    {
        var all = new Dictionary<string, string>(hidden);
        foreach (var (name, value) in fields) all[name] = value;
        return client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    /// <summary>GETs the page, then posts its vacancy form with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        return await PostAsync(client, path, HiddenFields(page), fields);
    }

    public static long VacancyIdOf(HttpResponseMessage redirect)
    {
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect, Html(redirect));
        var path = redirect.Headers.Location!.OriginalString.Split('?')[0];
        return long.Parse(path.Split('/').Last());
    }

    public static string Html(HttpResponseMessage response) => WebUtility.HtmlDecode(response.Content.ReadAsStringAsync().Result);

    public static async Task<VacancyRecord> VacancyAsync(IServiceProvider services, long id, bool catchUp = true)
    {
        if (catchUp)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ProjectionCatchUp>().CatchUpAsync();
        }
        await using var db = await DbAsync(services);
        return await db.Vacancies.AsNoTracking().SingleAsync(v => v.Id == id);
    }

    /// <summary>Completes the berkas's open step as the demo officer <paramref name="userName"/>; asserts the step it is on.</summary>
    public static async Task ActAsync(IServiceProvider services, Guid caseId, string userName, string stepId, string? outcome, string? note = null)
    {
        Guid itemId;
        await using (var db = await DbAsync(services))
        {
            var open = await db.WorkItems.SingleAsync(w => w.CaseId == caseId && w.Status == WorkItemStatus.Open);
            open.StepId.ShouldBe(stepId);
            itemId = open.Id;
        }
        var officer = await SignInForm.PrincipalAsync(services, userName);
        await using var scope = services.CreateAsyncScope();
        // The verifier ticks the whole checklist (it is read on the vacancy panel) before "sesuai".
        var step = scope.ServiceProvider.GetRequiredService<SopDesk.Web.Features.Catalog.DefinitionCatalog>().Find("lowongan")!.Step(stepId);
        var values = new Dictionary<string, string>();
        if (step.Checklist.Any()) values.Add(ChecklistTicks.All(step).Key, ChecklistTicks.All(step).Value);
        var done = await scope.ServiceProvider.GetRequiredService<CaseService>().CompleteAsync(caseId, itemId, outcome, values, note, officer);
        done.Ok.ShouldBeTrue(done.Message);
    }

    public static Task<ClaimsPrincipal> OfficerAsync(IServiceProvider services, string userName) => SignInForm.PrincipalAsync(services, userName);

    public static HttpClient Client(WebApplicationFactory<Program> app, PublicAccountRecord? account) => ApplicantBed.Client(app, account);

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
