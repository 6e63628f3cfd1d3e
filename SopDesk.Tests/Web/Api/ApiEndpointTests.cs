using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Tests.Web.Documents;
using SopDesk.Web.Api;

namespace SopDesk.Tests.Web.Api;

/// <summary>/api/v1 as another institution's system calls it: each endpoint's answer, what it leaves out, keys, scopes, journal.</summary>
public sealed class ApiEndpointTests(SopDeskAppFactory app) : IClassFixture<SopDeskAppFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Nothing that identifies the applicant beyond the masked name the public page shows.</summary>
    private static void HasNoPersonalData(string body)
    {
        body.ShouldNotContain(DocumentTestBed.FullName);
        body.ShouldNotContain(DocumentTestBed.Nik);
        body.ShouldNotContain(DocumentTestBed.Address);
        body.ShouldNotContain("1990-05-05");
        foreach (var field in new[] { "\"name\"", "\"applicantName\"", "\"nik\"", "\"address\"", "\"alamat\"", "\"signedBy", "\"values\"" })
            body.ShouldNotContain(field, Case.Insensitive);
    }

    [Fact]
    public async Task A_document_is_verified_by_its_token_or_its_number_with_what_the_public_page_shows()
    {
        var caseId = await DocumentTestBed.Ak1Async(app, "serahkan");
        var entry = await DocumentTestBed.EntryAsync(app, caseId);
        var client = ApiBed.Client(app, (await ApiBed.KeyAsync(app, ApiScopes.Documents)).Key);

        foreach (var query in new[] { $"token={entry.VerificationToken}", $"number={Uri.EscapeDataString(entry.Number)}" })
        {
            var response = await client.GetAsync($"/api/v1/documents/verify?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, query);
            var body = await response.Content.ReadAsStringAsync();
            var json = JsonDocument.Parse(body).RootElement;
            json.GetProperty("status").GetString().ShouldBe("valid");
            json.GetProperty("number").GetString().ShouldBe(entry.Number);
            json.GetProperty("maskedHolder").GetString().ShouldBe(DocumentTestBed.MaskedName);
            json.GetProperty("signerCapacity").GetString().ShouldBe("Kepala Bidang");
            json.GetProperty("signedAt").ValueKind.ShouldBe(JsonValueKind.String);
            HasNoPersonalData(body);
        }
        (await client.GetAsync("/api/v1/documents/verify?number=TIDAK-ADA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/documents/verify")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_berkas_status_needs_its_number_and_its_applicants_NIK_and_a_wrong_NIK_looks_like_an_unknown_number()
    {
        var caseId = await DocumentTestBed.Ak1Async(app, "periksa");
        string number;
        await using (var db = DocumentTestBed.NewContext(app))
            number = await db.Cases.Where(c => c.Id == caseId).Select(c => c.Number).SingleAsync();
        var (key, keyId) = await ApiBed.KeyAsync(app, ApiScopes.Cases);
        var client = ApiBed.Client(app, key, bearer: false);

        var found = await ApiBed.StatusAsync(client, number, DocumentTestBed.Nik);
        found.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await found.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("number").GetString().ShouldBe(number);
        json.GetProperty("serviceId").GetString().ShouldBe("ak1");
        json.GetProperty("status").GetString().ShouldBe("active");
        json.GetProperty("currentStep").GetString().ShouldNotBeNullOrEmpty();
        json.GetProperty("sla").GetString().ShouldBe("onTime");
        json.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        HasNoPersonalData(body);

        var wrongNik = await ApiBed.StatusAsync(client, number, "3201010101010001");
        var unknownNumber = await ApiBed.StatusAsync(client, "AK1/1999/999999", DocumentTestBed.Nik);
        wrongNik.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownNumber.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await wrongNik.Content.ReadAsStringAsync()).ShouldBe(await unknownNumber.Content.ReadAsStringAsync());

        // The journal names the berkas the status was read for, never the NIK or number asked with.
        var lines = await ApiBed.JournalAsync(app, keyId);
        lines.Count.ShouldBe(3);
        lines[0].CaseId.ShouldBe(caseId);
        lines[1].CaseId.ShouldBeNull();
        lines.ShouldAllBe(l => !l.Detail.Contains(DocumentTestBed.Nik) && !l.Detail.Contains(number) && l.Detail.StartsWith("POST /api/v1/cases/status"));
        lines.Select(l => l.Detail[^3..]).ShouldBe(["200", "404", "404"]);
    }

    [Fact]
    public async Task Monthly_figures_list_each_SOP_with_received_finished_in_time_and_late()
    {
        var client = ApiBed.Client(app, (await ApiBed.KeyAsync(app, ApiScopes.Reports)).Key);
        var response = await client.GetAsync("/api/v1/reports/monthly?year=2026&month=11");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await JsonAsync(response);
        var sops = json.GetProperty("sops").EnumerateArray().ToList();
        sops.Select(s => s.GetProperty("sopId").GetString()).ShouldContain("ak1");
        foreach (var sop in sops)
            (sop.GetProperty("finishedOnTime").GetInt32() + sop.GetProperty("finishedLate").GetInt32()).ShouldBe(sop.GetProperty("finished").GetInt32());
        json.GetProperty("total").GetProperty("received").GetInt32().ShouldBe(sops.Sum(s => s.GetProperty("received").GetInt32()));
        json.GetProperty("total").GetProperty("received").GetInt32().ShouldBeGreaterThan(0); // the demo data's November
        (await client.GetAsync("/api/v1/reports/monthly?year=2026&month=13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Open_vacancies_are_the_public_job_boards_list()
    {
        var client = ApiBed.Client(app, (await ApiBed.KeyAsync(app, ApiScopes.Vacancies)).Key);
        var response = await client.GetAsync("/api/v1/vacancies?pageSize=3");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var json = await JsonAsync(response);
        json.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBeInRange(1, 3);
        items[0].GetProperty("position").GetString().ShouldNotBeNullOrEmpty();
        items[0].GetProperty("closesOn").GetString().ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sdk_00000000000000000000000000000000_bukan-kunci-yang-benar-sama-sekali")]
    [InlineData("bukan kunci")]
    public async Task A_missing_or_unknown_key_gets_401_as_problem_json(string? key)
    {
        var response = await ApiBed.Client(app, key).GetAsync("/api/v1/vacancies");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await JsonAsync(response)).GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Fact]
    public async Task A_key_without_the_endpoints_scope_gets_403_and_each_call_is_one_journal_line()
    {
        var (key, keyId) = await ApiBed.KeyAsync(app, ApiScopes.Vacancies);
        var client = ApiBed.Client(app, key);
        var refused = await client.GetAsync("/api/v1/reports/monthly");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await ApiBed.StatusAsync(client, "AK1/2026/000001", DocumentTestBed.Nik)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/vacancies")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var lines = await ApiBed.JournalAsync(app, keyId);
        lines.Select(l => l.Detail).ShouldBe(["GET /api/v1/reports/monthly → 403", "POST /api/v1/cases/status → 403", "GET /api/v1/vacancies → 200"]);
        lines.ShouldAllBe(l => l.ActorName.StartsWith("Instansi uji") && l.ActingAs == ApiJournal.Actor);
        await using var db = DocumentTestBed.NewContext(app);
        (await db.ApiKeys.SingleAsync(k => k.Id == keyId)).LastUsedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var (key, keyId) = await ApiBed.KeyAsync(app);
        var client = ApiBed.Client(app, key);
        (await client.GetAsync("/api/v1/vacancies")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var revoked = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().RevokeAsync(keyId, await SignInForm.PrincipalAsync(app.Services, "admin"));
            revoked.Ok.ShouldBeTrue(revoked.Message);
        }
        (await client.GetAsync("/api/v1/vacancies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("kasi")]
    [InlineData("kepala-dinas")]
    public async Task Only_administrators_create_list_and_revoke_keys(string officer)
    {
        var (_, keyId) = await ApiBed.KeyAsync(app);
        var user = await SignInForm.PrincipalAsync(app.Services, officer);
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        var created = await keys.CreateAsync("Instansi lain", ApiBed.AllScopes, user);
        created.Ok.ShouldBeFalse();
        created.Key.ShouldBeNull();
        (await keys.RevokeAsync(keyId, user)).Ok.ShouldBeFalse();
        await Should.ThrowAsync<UnauthorizedAccessException>(() => keys.ListAsync(user));
        await using var db = DocumentTestBed.NewContext(app);
        (await db.ApiKeys.SingleAsync(k => k.Id == keyId)).RevokedAt.ShouldBeNull();
        (await db.ApiKeys.AnyAsync(k => k.Institution == "Instansi lain")).ShouldBeFalse();
    }

    [Fact]
    public async Task Only_the_hash_of_the_secret_is_stored()
    {
        var (key, keyId) = await ApiBed.KeyAsync(app);
        var secret = ApiKeyFormat.Parse(key)!.Secret;
        await using var db = DocumentTestBed.NewContext(app);
        var row = await db.ApiKeys.SingleAsync(k => k.Id == keyId);
        row.SecretHash.ShouldBe(ApiKeyFormat.Hash(secret));
        row.SecretHash.ShouldNotContain(secret);
        secret.Length.ShouldBe(43); // 256 bits, base64url
    }
}
