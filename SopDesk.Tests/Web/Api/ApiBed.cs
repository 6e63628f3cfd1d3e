using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Documents;
using SopDesk.Web.Api;

namespace SopDesk.Tests.Web.Api;

/// <summary>Keys made as the administrator makes them, and calls sent as another institution's system sends them.</summary>
internal static class ApiBed
{
    public static readonly string[] AllScopes = [ApiScopes.Documents, ApiScopes.Cases, ApiScopes.Reports, ApiScopes.Vacancies];

    /// <summary>A new key of an institution of its own (so each test counts its own journal lines).</summary>
    public static async Task<(string Key, Guid Id)> KeyAsync(WebApplicationFactory<Program> app, params string[] scopes)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync($"Instansi uji {Guid.NewGuid():N}", scopes.Length == 0 ? AllScopes : scopes, await SignInForm.PrincipalAsync(app.Services, "admin"));
        made.Ok.ShouldBeTrue(made.Message);
        return (made.Key!, ApiKeyFormat.Parse(made.Key!)!.Id);
    }

    public static HttpClient Client(WebApplicationFactory<Program> app, string? key, bool bearer = true)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (key is null) return client;
        if (bearer) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        else client.DefaultRequestHeaders.Add(ApiKeyFormat.HeaderName, key);
        return client;
    }

    public static Task<HttpResponseMessage> StatusAsync(HttpClient client, string number, string nik) =>
        client.PostAsJsonAsync("/api/v1/cases/status", new { number, nik });

    /// <summary>The journal's API lines of one key, oldest first.</summary>
    public static async Task<List<JournalRecord>> JournalAsync(WebApplicationFactory<Program> app, Guid keyId)
    {
        await using var db = DocumentTestBed.NewContext(app);
        var actor = $"{ApiJournal.Actor}:{keyId:N}";
        return await db.Journal.AsNoTracking().Where(j => j.Action == JournalActions.ApiCalled && j.ActorUserId == actor).OrderBy(j => j.Id).ToListAsync();
    }
}
