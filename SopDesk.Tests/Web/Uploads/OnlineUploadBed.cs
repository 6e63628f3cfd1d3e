using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopDesk.Data;
using SopDesk.Data.Entities;
using SopDesk.Tests.Web.Documents;
using SopDesk.Tests.Workflows.Definitions;
using SopDesk.Web.Features.Uploads;
using SopDesk.Web.Layanan.Accounts;
using SopDesk.Workflows.Definitions;

namespace SopDesk.Tests.Web.Uploads;

/// <summary>
/// The demo app whose AK1 SOP file declares online uploads (a pas foto and a KTP), its own upload folder, and a test-only
/// door that signs a public account in (the public sign-in pages are another part of the work): online AK1 berkas with
/// real stored uploads, owned by a public account.
/// </summary>
public sealed class OnlineUploadBed : IAsyncLifetime
{
    public const string TestSignInPath = "/layanan/uji-masuk";
    private readonly string _workflows = Path.Combine(Path.GetTempPath(), $"sopdesk-uploads-wf-{Guid.NewGuid():N}");
    public string UploadFolder { get; } = Path.Combine(Path.GetTempPath(), $"sopdesk-uploads-{Guid.NewGuid():N}");
    private SopDeskAppFactory _factory = null!;

    public WebApplicationFactory<Program> App { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_workflows);
        foreach (var file in Directory.GetFiles(DefinitionFiles.Folder)) File.Copy(file, Path.Combine(_workflows, Path.GetFileName(file)));
        var ak1Path = Path.Combine(_workflows, DefinitionFiles.Ak1FileName);
        var ak1 = JsonNode.Parse(File.ReadAllText(ak1Path))!.AsObject();
        // Once the AK1 file declares its own online block (the online applications' part), that one is used as it is.
        ak1["online"] ??= JsonNode.Parse("""
            { "purpose": "application", "audience": ["pencari-kerja"], "uploads": [
              { "id": "pas-foto", "label": "Pas foto 3×4", "requirement": "Pas foto 3x4 (2 lembar)", "accept": ["jpeg", "png"], "photo": true },
              { "id": "ktp", "label": "KTP", "requirement": "Fotokopi KTP" } ] }
            """);
        File.WriteAllText(ak1Path, ak1.ToJsonString());
        _factory = new SopDeskAppFactory
        {
            Settings = new Dictionary<string, string> { ["Workflows:Path"] = _workflows, ["Uploads:Path"] = UploadFolder },
        };
        App = _factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestSignIn>()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _factory.DisposeAsync();
        Directory.Delete(_workflows, recursive: true);
        if (Directory.Exists(UploadFolder)) Directory.Delete(UploadFolder, recursive: true);
    }

    public SopDeskDbContext Db() => App.Services.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();

    public async Task<Guid> AccountAsync()
    {
        var id = Guid.NewGuid();
        await using var db = Db();
        db.PublicAccounts.Add(new PublicAccountRecord
        {
            Id = id, Kind = PublicAccountKind.PencariKerja, Name = "Pemohon Uji", Email = $"{id:N}@contoh.id", NormalizedEmail = $"{id:N}@CONTOH.ID",
            PasswordHash = "-", SecurityStamp = Guid.NewGuid().ToString("N"), ConsentVersion = "1", ConsentAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A client carrying the public cookie of <paramref name="accountId"/>.</summary>
    public async Task<HttpClient> CitizenAsync(Guid accountId)
    {
        var client = SignInForm.NewClient(App);
        (await client.GetAsync($"{TestSignInPath}/{accountId}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        return client;
    }

    public sealed record OnlineBerkas(Guid CaseId, string Token, Guid PhotoId, Guid KtpId);

    /// <summary>An AK1 berkas carried through <paramref name="through"/>, made an online one of <paramref name="accountId"/>, with a pas foto and a KTP (PDF) stored.</summary>
    public async Task<OnlineBerkas> OnlineAk1Async(Guid accountId, string through)
    {
        var caseId = await DocumentTestBed.Ak1Async(App, through);
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        await using var scope = App.Services.CreateAsyncScope();
        var uploads = scope.ServiceProvider.GetRequiredService<UploadService>();
        await using var db = Db();
        db.OnlineCases.Add(new OnlineCaseRecord
        {
            CaseId = caseId, AccountId = accountId, StatusToken = token, Purpose = nameof(OnlinePurpose.Application), DefinitionId = "ak1", SubmittedAt = DateTimeOffset.UtcNow,
        });
        var photo = await StoreAsync(db, uploads, caseId, new UploadDefinition { Id = "pas-foto", Label = "Pas foto 3×4", Photo = true }, "foto.jpg", TestFiles.Jpeg(600, 800));
        var ktp = await StoreAsync(db, uploads, caseId, new UploadDefinition { Id = "ktp", Label = "KTP" }, "ktp saya.pdf", TestFiles.Pdf());
        await db.SaveChangesAsync();
        return new OnlineBerkas(caseId, token, photo, ktp);
    }

    private static async Task<Guid> StoreAsync(SopDeskDbContext db, UploadService uploads, Guid caseId, UploadDefinition declared, string name, byte[] bytes)
    {
        var check = await uploads.InspectAsync(declared, name, new MemoryStream(bytes));
        check.Message.ShouldBeNull();
        var stored = uploads.Store(check);
        var record = stored.ToRecord(caseId, declared.Id, "layanan:test", DateTimeOffset.UtcNow);
        db.Uploads.Add(record);
        return record.Id;
    }

    /// <summary>GET /layanan/uji-masuk/{accountId}: sets the public cookie as the real sign-in would (account id and stamp).</summary>
    private sealed class TestSignIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, following) =>
            {
                if (!http.Request.Path.StartsWithSegments(TestSignInPath, out var rest)) { await following(http); return; }
                var id = Guid.Parse(rest.Value!.Trim('/'));
                await using var db = http.RequestServices.GetRequiredService<IDbContextFactory<SopDeskDbContext>>().CreateDbContext();
                var account = await db.PublicAccounts.SingleAsync(a => a.Id == id);
                var identity = new ClaimsIdentity([new Claim(LayananAuth.AccountIdClaim, id.ToString()), new Claim(LayananAuth.StampClaim, account.SecurityStamp)], LayananAuth.Scheme);
                await http.SignInAsync(LayananAuth.Scheme, new ClaimsPrincipal(identity));
                http.Response.StatusCode = StatusCodes.Status204NoContent;
            });
            next(app);
        };
    }
}
